package io.weatherdata.bootstrap.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.embedded.EmbeddedPostgresServer;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.adapter.out.s3.TestS3;
import io.weatherdata.application.ingestion.port.in.IngestionFailedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The three Lambda functions as AWS runs them: the real entry-point classes, events deserialised from JSON
 * fixtures shaped like AWS's samples by AWS's own Lambda serialisation library, a real S3-compatible server
 * (S3Mock) and PostgreSQL, the real SDK talking to a local EventBridge stub.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LambdaFunctionsIT {
  private static final String BUCKET = "raw-weather";
  private static final String PREFIX = "wx_data/";
  private static final WireMockServer EVENTS = new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path folder;
  private static SyntheticStationFiles.Written written;
  private static S3Client s3;
  private static Jdbi jdbi;
  private static Map<String, String> environment;

  @BeforeAll
  static void start() throws IOException {
    System.setProperty("aws.accessKeyId", "AKIDTEST");
    System.setProperty("aws.secretAccessKey", "test-secret-key");
    System.setProperty("aws.region", "us-east-1");
    EVENTS.start();
    EVENTS.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
        .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1")
            .withBody("{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"e-1\"}]}")));
    String url = TestPostgres.freshDatabase();
    jdbi = TestPostgres.jdbi(url);
    environment = new HashMap<>(Map.of(
        "DATABASE_URL", url, "DATABASE_USER", EmbeddedPostgresServer.SUPERUSER, "DATABASE_PASSWORD", "",
        "RAW_BUCKET", BUCKET, "RAW_PREFIX", "wx_data", "EVENT_BUS_NAME", "weather-events",
        "S3_ENDPOINT", TestS3.endpoint(), "EVENTS_ENDPOINT", EVENTS.baseUrl()));
    s3 = TestS3.client();
    s3.createBucket(b -> b.bucket(BUCKET));
    folder = Files.createTempDirectory("lambda-it");
    written = SyntheticStationFiles.write(folder, 3, 2003, 2004, 11, 0.0);
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(LambdaFunctionsIT::upload);
    }
  }

  @AfterAll
  static void stop() {
    EVENTS.stop();
  }

  @Test
  @Order(1)
  void theScheduledFunctionIngestsThePrefixAndAnnouncesCompletion() throws Exception {
    String[] printed = new String[1];
    ScheduledEvent schedule = event(ScheduledEvent.class, "scheduled-event.json");

    Map<String, Object> result = captureOutput(printed, () ->
        new ScheduledIngestFunction(new LambdaWiring(LambdaSettings.from(environment))).handleRequest(schedule, null));

    long lines = written.good();
    assertThat(result).containsEntry("status", "SUCCEEDED").containsEntry("rows_inserted", lines)
        .containsEntry("files_loaded", 3);
    assertThat(count("SELECT count(*) FROM observations")).isEqualTo(lines);
    List<LoggedRequest> sent = EVENTS.findAll(postRequestedFor(urlEqualTo("/")));
    assertThat(sent).hasSize(1);
    JsonNode entry = JSON.readTree(sent.get(0).getBodyAsString()).get("Entries").get(0);
    assertThat(entry.get("Source").asText()).isEqualTo("io.weatherdata.ingestion");
    assertThat(entry.get("DetailType").asText()).isEqualTo("IngestionCompleted");
    assertThat(entry.get("EventBusName").asText()).isEqualTo("weather-events");
    JsonNode detail = JSON.readTree(entry.get("Detail").asText());
    assertThat(detail.get("rows_inserted").asLong()).isEqualTo(lines);
    assertThat(detail.get("run_id").asLong()).isEqualTo(result.get("run_id"));
    assertThat(count("SELECT count(*) FROM pending_yearly_stats")).as("station-years awaiting analysis").isEqualTo(6);
    JsonNode metrics = printed(printed[0], "_aws");
    assertThat(metrics.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("WeatherData");
    assertThat(metrics.get("IngestedRows").asLong()).isEqualTo(lines);
    assertThat(metrics.get("RejectedRows").asLong()).isZero();
  }

  @Test
  @Order(2)
  void theAnalysisFunctionComputesWhatTheRunTouched() throws Exception {
    LambdaWiring wiring = new LambdaWiring(LambdaSettings.from(environment));

    Map<String, Object> result = new IngestionCompletedAnalysisFunction(wiring)
        .handleRequest(event(ScheduledEvent.class, "ingestion-completed.json"), null);

    assertThat(result).containsEntry("station_years_written", 6);
    assertThat(count("SELECT count(*) FROM yearly_stats")).isEqualTo(6);
    assertThat(count("SELECT count(*) FROM pending_yearly_stats")).isZero();
  }

  @Test
  @Order(3)
  void aRetriedScheduledRunChangesNothing() throws Exception {
    LambdaWiring wiring = new LambdaWiring(LambdaSettings.from(environment));

    Map<String, Object> result =
        new ScheduledIngestFunction(wiring).handleRequest(event(ScheduledEvent.class, "scheduled-event.json"), null);

    assertThat(result).containsEntry("rows_inserted", 0L).containsEntry("files_skipped", 3);
  }

  @Test
  @Order(4)
  void theS3FunctionIngestsOnlyTheNotifiedObjectsDecodingTheirKeys() throws Exception {
    Path file = folder.resolve(SyntheticStationFiles.stationId(2) + ".txt");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    lines.set(0, "20030101\t  123\t   45\t    6");
    Files.write(file, lines);
    upload(file);
    s3.putObject(b -> b.bucket(BUCKET).key(PREFIX + "late arrivals/SYN00000009.txt"), RequestBody.fromString("x"));
    LambdaWiring wiring = new LambdaWiring(LambdaSettings.from(environment));

    Map<String, Object> result =
        new S3ObjectIngestFunction(wiring).handleRequest(event(S3Event.class, "s3-object-created.json"), null);

    assertThat(result).containsEntry("files_seen", 1).containsEntry("rows_updated", 1L)
        .containsEntry("rows_inserted", 0L);
    assertThat(text("SELECT max_temp_c::text FROM observations"
        + " WHERE station_id = 'SYN00000002' AND date = '2003-01-01'"))
        .isEqualTo("12.3");
  }

  @Test
  @Order(5)
  void theAnalysisFunctionRefusesOtherEvents() {
    LambdaWiring wiring = new LambdaWiring(LambdaSettings.from(environment));

    assertThatThrownBy(() -> new IngestionCompletedAnalysisFunction(wiring)
        .handleRequest(event(ScheduledEvent.class, "scheduled-event.json"), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Scheduled Event");
  }

  @Test
  @Order(6)
  void theIngestionFunctionsNeedTheEventBusThatCarriesTheirCompletion() {
    Map<String, String> noBus = new HashMap<>(environment);
    noBus.remove("EVENT_BUS_NAME");
    LambdaWiring wiring = new LambdaWiring(LambdaSettings.from(noBus));

    assertThatThrownBy(() -> new ScheduledIngestFunction(wiring)).hasMessageContaining("EVENT_BUS_NAME");
  }

  @Test
  @Order(7)
  void aFailedRunIsRethrownSoLambdaRetriesAndIsRecordedAsFailed() throws Exception {
    Map<String, String> missingBucket = new HashMap<>(environment);
    missingBucket.put("RAW_BUCKET", "no-such-bucket");
    LambdaWiring wiring = new LambdaWiring(LambdaSettings.from(missingBucket));

    assertThatThrownBy(() -> new ScheduledIngestFunction(wiring)
        .handleRequest(event(ScheduledEvent.class, "scheduled-event.json"), null))
        .isInstanceOf(IngestionFailedException.class);
    assertThat(text("SELECT status FROM ingestion_runs ORDER BY id DESC LIMIT 1")).isEqualTo("FAILED");
  }

  private static <T> T event(Class<T> type, String fixture) throws IOException {
    try (InputStream json = LambdaFunctionsIT.class.getResourceAsStream("/events/" + fixture)) {
      return LambdaEventSerializers.serializerFor(type, LambdaFunctionsIT.class.getClassLoader()).fromJson(json);
    }
  }

  private static void upload(Path file) {
    s3.putObject(b -> b.bucket(BUCKET).key(PREFIX + file.getFileName()), RequestBody.fromFile(file));
  }

  private static String text(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  private static long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static <T> T captureOutput(String[] printed, java.util.function.Supplier<T> call) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      return call.get();
    } finally {
      System.setOut(original);
      printed[0] = buffer.toString(StandardCharsets.UTF_8);
    }
  }

  private static JsonNode printed(String output, String field) throws IOException {
    for (String line : output.split("\n")) {
      if (line.startsWith("{") && JSON.readTree(line).has(field)) {
        return JSON.readTree(line);
      }
    }
    throw new AssertionError("no JSON line with " + field + " in:\n" + output);
  }
}
