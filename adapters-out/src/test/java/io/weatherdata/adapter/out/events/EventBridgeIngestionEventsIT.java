package io.weatherdata.adapter.out.events;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.weatherdata.adapter.out.secrets.AwsJsonStub.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.weatherdata.adapter.out.secrets.AwsJsonStub;
import io.weatherdata.application.ingestion.model.IngestionEvents;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.model.IngestionReport.Status;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The real EventBridge client over HTTP against WireMock answering as the service documents. */
class EventBridgeIngestionEventsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BUS = "weather-events";
  private static final Instant STARTED_AT = Instant.parse("2026-01-01T02:00:00Z");
  private static final IngestionReport REPORT = new IngestionReport(42, "s3://weather-raw/wx_data/", STARTED_AT,
      Optional.of(STARTED_AT.plusSeconds(95)), Status.SUCCEEDED, 167, 3, 164, 0, 1_200, 15, 0, 2, 0, Optional.empty());

  @RegisterExtension
  static WireMockExtension eventBridge = AwsJsonStub.server();

  private static EventBridgeClient client;

  @BeforeAll
  static void buildClient() {
    client = AwsJsonStub.client(EventBridgeClient.builder(), eventBridge);
  }

  @AfterAll
  static void closeClient() {
    client.close();
  }

  @Test
  void aCompletedRunIsOneIngestionCompletedEntryOnTheBus() throws Exception {
    eventBridge.stubFor(putEvents().willReturn(answer(
        "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"11710aed-b79e-4468-a20b-bb3c0c3b4860\"}]}")));

    publisher().ingestionCompleted(REPORT);

    LoggedRequest request = eventBridge.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
    assertThat(request.getHeader("X-Amz-Target")).isEqualTo("AWSEvents.PutEvents");
    assertThat(request.getHeader("Content-Type")).startsWith(AwsJsonStub.CONTENT_TYPE);
    JsonNode entries = JSON.readTree(request.getBodyAsString()).path("Entries");
    assertThat(entries).hasSize(1);
    JsonNode entry = entries.get(0);
    assertThat(entry.path("EventBusName").asText()).isEqualTo(BUS);
    assertThat(entry.path("Source").asText()).isEqualTo(IngestionEvents.SOURCE).isEqualTo("io.weatherdata.ingestion");
    assertThat(entry.path("DetailType").asText()).isEqualTo(IngestionEvents.COMPLETED)
        .isEqualTo("IngestionCompleted");
    JsonNode detail = JSON.readTree(entry.path("Detail").asText());
    assertThat(detail.path("run_id").asLong()).isEqualTo(42);
    assertThat(detail.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(detail.path("source").asText()).isEqualTo("s3://weather-raw/wx_data/");
    assertThat(detail.path("started_at").asText()).isEqualTo("2026-01-01T02:00:00Z");
    assertThat(detail.path("finished_at").asText()).isEqualTo("2026-01-01T02:01:35Z");
    assertThat(detail.path("rows_inserted").asLong()).isEqualTo(1_200);
    assertThat(detail.path("rows_updated").asLong()).isEqualTo(15);
    assertThat(detail.path("rows_rejected").asLong()).isEqualTo(2);
    assertThat(detail.path("files_loaded").asInt()).isEqualTo(3);
    assertThat(detail.has("station_years")).as("what needs analysis is read from the database").isFalse();
  }

  @Test
  void aFailedEntryIsAnExceptionWithItsErrorCodeAndMessage() {
    eventBridge.stubFor(putEvents().willReturn(answer(
        "{\"FailedEntryCount\":1,\"Entries\":[{\"ErrorCode\":\"InternalFailure\",\"ErrorMessage\":\"try again\"}]}")));

    assertThatThrownBy(() -> publisher().ingestionCompleted(REPORT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("InternalFailure: try again")
        .hasMessageContaining("run 42")
        .hasMessageContaining(BUS);
  }

  @Test
  void aRunWithoutFinishTimeHasANullFinishedAt() throws Exception {
    eventBridge.stubFor(putEvents().willReturn(answer(
        "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"22710aed-b79e-4468-a20b-bb3c0c3b4860\"}]}")));

    publisher().ingestionCompleted(new IngestionReport(REPORT.runId(), REPORT.source(), REPORT.startedAt(),
        Optional.empty(), REPORT.status(), 0, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty()));

    String body = eventBridge.findAll(postRequestedFor(urlEqualTo("/"))).get(0).getBodyAsString();
    JsonNode detail = JSON.readTree(JSON.readTree(body).path("Entries").get(0).path("Detail").asText());
    assertThat(detail.path("finished_at").isNull()).isTrue();
    assertThat(detail.path("run_id").asLong()).isEqualTo(42);
  }

  private static EventBridgeIngestionEvents publisher() {
    return new EventBridgeIngestionEvents(client, BUS);
  }

  private static MappingBuilder putEvents() {
    return AwsJsonStub.operation("AWSEvents.PutEvents");
  }
}
