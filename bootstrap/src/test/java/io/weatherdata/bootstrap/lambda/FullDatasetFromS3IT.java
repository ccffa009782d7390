package io.weatherdata.bootstrap.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.weatherdata.adapter.in.cli.CliWiring;
import io.weatherdata.embedded.EmbeddedPostgresServer;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.adapter.out.s3.TestS3;
import io.weatherdata.application.ingestion.model.IngestionEvents;
import io.weatherdata.application.ingestion.port.in.IngestCommand;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The real dataset ({@code $WX_DATA_DIR}, default {@code ../shared/data/wx_data} beside the checkout; 1,729,957 lines),
  * once through the scheduled Lambda function
 * from an S3-compatible server and once through the folder ingestion: both databases must hold the same rows and
 * statistics. Runs where the dataset is present (the project never ships it).
 */
@EnabledIf("datasetPresent")
class FullDatasetFromS3IT {
  private static final Path DATASET = Path.of(System.getenv().getOrDefault("WX_DATA_DIR", "../../shared/data/wx_data"));
  private static final String FINGERPRINT = """
      SELECT count(*) || ' ' || md5(string_agg(
               concat_ws(',', station_id, date, max_temp_c, min_temp_c, precipitation_mm),
                                                ';' ORDER BY station_id, date))
      FROM observations""";
  private static final String STATS_FINGERPRINT = """
      SELECT count(*) || ' ' || md5(string_agg(concat_ws(',', station_id, year, avg_max_temp_c, avg_min_temp_c,
                                                         total_precipitation_cm), ';' ORDER BY station_id, year))
      FROM yearly_stats""";

  static boolean datasetPresent() {
    return Files.isDirectory(DATASET);
  }

  @Test
  void theScheduledFunctionOverS3LoadsExactlyWhatTheFolderIngestionLoads() throws Exception {
    String bucket = TestS3.freshBucket();
    try (Stream<Path> files = Files.list(DATASET)) {
      files.forEach(f -> TestS3.client().putObject(b -> b.bucket(bucket).key("wx_data/" + f.getFileName()),
          RequestBody.fromFile(f)));
    }
    String viaS3 = TestPostgres.freshDatabase();
    System.setProperty("aws.accessKeyId", "AKIDTEST");
    System.setProperty("aws.secretAccessKey", "test-secret-key");
    System.setProperty("aws.region", "us-east-1");
    WireMockServer events = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    events.start();
    events.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1")
        .withBody("{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"e-1\"}]}")));
    Map<String, Object> result;
    try {
      LambdaWiring lambda = new LambdaWiring(LambdaSettings.from(Map.of("DATABASE_URL", viaS3,
          "DATABASE_USER", EmbeddedPostgresServer.SUPERUSER, "RAW_BUCKET", bucket, "RAW_PREFIX", "wx_data/",
          "S3_ENDPOINT", TestS3.endpoint(), "EVENT_BUS_NAME", "weather-events", "EVENTS_ENDPOINT", events.baseUrl())));
      result = new ScheduledIngestFunction(lambda).handleRequest(new ScheduledEvent(), null);
      ScheduledEvent completed = new ScheduledEvent();
      completed.setDetailType(IngestionEvents.COMPLETED);
      new IngestionCompletedAnalysisFunction(lambda).handleRequest(completed, null);
    } finally {
      events.stop();
    }

    String viaFolder = TestPostgres.freshDatabase();
    try (CliWiring.Session session = io.weatherdata.bootstrap.TestWiring.commands(viaFolder)) {
      session.ingestFrom(DATASET.toString()).ingest(IngestCommand.allFiles(IngestionListener.NONE));
    }

    assertThat(result).containsEntry("rows_inserted", 1_729_957L).containsEntry("files_loaded", 167);
    assertThat(fingerprint(viaS3, FINGERPRINT)).isEqualTo(fingerprint(viaFolder, FINGERPRINT)).startsWith("1729957 ");
    assertThat(fingerprint(viaS3, STATS_FINGERPRINT)).isEqualTo(fingerprint(viaFolder, STATS_FINGERPRINT))
        .startsWith("4820 ");
  }

  private static String fingerprint(String url, String sql) {
    Jdbi jdbi = TestPostgres.jdbi(url);
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }
}
