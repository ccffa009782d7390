package io.weatherdata.adapter.out.events;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.weatherdata.adapter.out.secrets.AwsJsonStub.answer;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.weatherdata.adapter.out.secrets.AwsJsonStub;
import io.weatherdata.application.port.in.IngestionReport;
import io.weatherdata.application.port.in.IngestionReport.Status;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    publisher().ingestionCompleted(REPORT, Set.of(
        touched("USC00110072", 1986), touched("USC00110072", 1985), touched("USC00110187", 1990)));

    LoggedRequest request = eventBridge.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
    assertThat(request.getHeader("X-Amz-Target")).isEqualTo("AWSEvents.PutEvents");
    assertThat(request.getHeader("Content-Type")).startsWith(AwsJsonStub.CONTENT_TYPE);
    JsonNode entries = JSON.readTree(request.getBodyAsString()).path("Entries");
    assertThat(entries).hasSize(1);
    JsonNode entry = entries.get(0);
    assertThat(entry.path("EventBusName").asText()).isEqualTo(BUS);
    assertThat(entry.path("Source").asText()).isEqualTo(EventBridgeIngestionEvents.SOURCE).isEqualTo("io.weatherdata.ingestion");
    assertThat(entry.path("DetailType").asText()).isEqualTo(EventBridgeIngestionEvents.DETAIL_TYPE)
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
    assertThat(detail.path("station_years"))
        .isEqualTo(JSON.readTree("{\"USC00110072\":[1985,1986],\"USC00110187\":[1990]}"));
    assertThat(detail.path("station_years_truncated").asBoolean()).isFalse();
  }

  @Test
  void aFailedEntryIsAnExceptionWithItsErrorCodeAndMessage() {
    eventBridge.stubFor(putEvents().willReturn(answer(
        "{\"FailedEntryCount\":1,\"Entries\":[{\"ErrorCode\":\"InternalFailure\",\"ErrorMessage\":\"try again\"}]}")));

    assertThatThrownBy(() -> publisher().ingestionCompleted(REPORT, Set.of(touched("USC00110072", 1985))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("InternalFailure: try again")
        .hasMessageContaining("run 42")
        .hasMessageContaining(BUS);
  }

  @Test
  void tooManyStationYearsForOneEventAreLeftOutAndFlagged() throws Exception {
    eventBridge.stubFor(putEvents().willReturn(answer(
        "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"22710aed-b79e-4468-a20b-bb3c0c3b4860\"}]}")));
    Set<StationYear> everything = new HashSet<>();
    for (int station = 0; station < 1_000; station++) {
      for (int year = 1950; year < 2000; year++) {
        everything.add(touched(String.format("USC%08d", station), year));
      }
    }

    publisher().ingestionCompleted(REPORT, everything);

    String body = eventBridge.findAll(postRequestedFor(urlEqualTo("/"))).get(0).getBodyAsString();
    assertThat(body.getBytes(UTF_8).length).isLessThan(256 * 1024);
    JsonNode detail = JSON.readTree(JSON.readTree(body).path("Entries").get(0).path("Detail").asText());
    assertThat(detail.has("station_years")).isFalse();
    assertThat(detail.path("station_years_truncated").asBoolean()).isTrue();
    assertThat(detail.path("run_id").asLong()).isEqualTo(42);
  }

  private static EventBridgeIngestionEvents publisher() {
    return new EventBridgeIngestionEvents(client, BUS);
  }

  private static MappingBuilder putEvents() {
    return AwsJsonStub.operation("AWSEvents.PutEvents");
  }

  private static StationYear touched(String station, int year) {
    return new StationYear(StationId.of(station), year);
  }
}
