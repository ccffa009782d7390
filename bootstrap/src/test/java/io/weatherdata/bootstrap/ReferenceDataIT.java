package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.adapter.out.s3.TestS3;
import io.weatherdata.embedded.EmbeddedPostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The reference files through the packaged jar's commands, as an operator runs them: NOAA's station list and
 * the corn production file, each with hostile lines, from a folder and from S3; rerun; the full-size list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceDataIT {
  private static final String GOOD_1 = SyntheticStationFiles.stationListLine("USC00110072", 37.0033, -89.1756, 96.0,
      "IL", "CAIRO 3 N");
  private static final String GOOD_2 = SyntheticStationFiles.stationListLine("USC00130112", 42.6, -95.2, 387.1, "IA",
      "ALBERT CITY 3 SE");
  /** Elevation -999.9: unknown. */
  private static final String GOOD_3 = SyntheticStationFiles.stationListLine("USW00094846", 41.995, -87.9336, -999.9,
      "IL", "CHICAGO O'HARE INTL AP");

  @TempDir static Path folder;
  private static Map<String, String> environment;
  private static Jdbi jdbi;

  @BeforeAll
  static void migratedDatabase() throws Exception {
    String url = TestPostgres.freshDatabase();
    environment = Map.of("DATABASE_URL", url, "DATABASE_USER", EmbeddedPostgresServer.SUPERUSER,
        "DATABASE_PASSWORD", "", "S3_ENDPOINT", TestS3.endpoint(), "AWS_ACCESS_KEY_ID", "AKIDTEST",
        "AWS_SECRET_ACCESS_KEY", "test-secret", "AWS_REGION", "us-east-1");
    jdbi = TestPostgres.jdbi(url);
  }

  @Test
  @Order(1)
  void theStationListKeepsEveryGoodLineAndRejectsEveryBadOneWithItsLineNumber() throws Exception {
    Path list = folder.resolve("ghcnd-stations.txt");
    String binary = new String(new byte[] {0, 1, 2, (byte) 0xfe, 20, 27}, StandardCharsets.ISO_8859_1);
    Files.writeString(list, String.join("\r\n", List.of(
        "\uFEFF" + GOOD_1,                                     // 1: BOM, CRLF: fine
        GOOD_2,                                                // 2
        "USC00110072 too short",                               // 3: rejected
        binary,                                                // 4: rejected
        GOOD_1.replace("37.0033", "97.0033"),                  // 5: latitude out of range
        GOOD_2.replace("CITY", "TOWN"),                        // 6: duplicate station: first wins
        GOOD_3.substring(0, 13) + " " + GOOD_3.substring(13), // 7: shifted columns
        GOOD_3,                                                // 8
        "")) + "\r\n\r\n", StandardCharsets.UTF_8);

    ServiceJar.Run run = ServiceJar.run(environment, "ingest-stations", ServiceJar.CONFIG.toString(), list.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(stations()).containsExactly(
        "USC00110072|CAIRO 3 N|IL|37.0033|-89.1756|96.0", "USC00130112|ALBERT CITY 3 SE|IA|42.6000|-95.2000|387.1",
        "USW00094846|CHICAGO O'HARE INTL AP|IL|41.9950|-87.9336|");
    assertThat(text("SELECT string_agg(line_number::text, ',' ORDER BY line_number) FROM ingestion_rejections"))
        .isEqualTo("3,4,5,6,7");
    assertThat(text("SELECT reason FROM ingestion_rejections WHERE line_number = 6")).contains("duplicate station");
    assertThat(lastRun()).isEqualTo("SUCCEEDED loaded=1 inserted=3 updated=0 unchanged=0 rejected=5");
    assertThat(run.output()).contains("line rejected file=ghcnd-stations.txt line=3", "ingestion finished");
  }

  @Test
  @Order(2)
  void loadingTheSameListAgainChangesNothingAndACorrectedLineIsUpdated() throws Exception {
    Path list = folder.resolve("ghcnd-stations.txt");
    ServiceJar.Run again = ServiceJar.run(environment, "ingest-stations", ServiceJar.CONFIG.toString(),
        list.toString());
    assertThat(again.exitCode()).as(again.output()).isZero();
    assertThat(lastRun()).isEqualTo("SUCCEEDED loaded=1 inserted=0 updated=0 unchanged=3 rejected=5");

    Files.writeString(list, GOOD_1.replace("CAIRO 3 N", "CAIRO 4 N") + "\n");
    ServiceJar.Run corrected = ServiceJar.run(environment, "ingest-stations", ServiceJar.CONFIG.toString(),
        list.toString());
    assertThat(corrected.exitCode()).as(corrected.output()).isZero();
    assertThat(lastRun()).isEqualTo("SUCCEEDED loaded=1 inserted=0 updated=1 unchanged=0 rejected=0");
    assertThat(stations()).hasSize(3).first().asString().startsWith("USC00110072|CAIRO 4 N|");
  }

  @Test
  @Order(3)
  void cornProductionKeepsGoodYearsAndRejectsTheRest() throws Exception {
    Path corn = folder.resolve("US_corn_grain_yield.txt");
    Files.writeString(corn, "1985\t225447\n1986\t208943.5\n1987\tabc\n1986\t1\n-5\t100\n1988\t-3\n1989\n");

    ServiceJar.Run run = ServiceJar.run(environment, "ingest-corn", ServiceJar.CONFIG.toString(), corn.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    List<String> stored = jdbi.withHandle(h -> h.createQuery("SELECT year || ' ' || production_kt FROM corn_production"
        + " ORDER BY year").mapTo(String.class).list());
    assertThat(stored).containsExactly("1985 225447.000", "1986 208943.500");
    assertThat(lastRun()).isEqualTo("SUCCEEDED loaded=1 inserted=2 updated=0 unchanged=0 rejected=5");
  }

  @Test
  @Order(4)
  void aFileThatIsNotThereFailsTheRunAndStoresNothing() throws Exception {
    ServiceJar.Run run = ServiceJar.run(environment, "ingest-corn", ServiceJar.CONFIG.toString(),
        folder.resolve("missing.txt").toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(text("SELECT status || ' ' || error FROM ingestion_runs ORDER BY id DESC LIMIT 1"))
        .startsWith("FAILED").contains("no file missing.txt");
  }

  @Test
  @Order(5)
  void theStationListLoadsFromS3Too() throws Exception {
    String bucket = TestS3.freshBucket();
    TestS3.client().putObject(b -> b.bucket(bucket).key("reference/ghcnd-stations.txt"),
        RequestBody.fromString(GOOD_2.replace("ALBERT CITY 3 SE", "ALBERT CITY 4 SE") + "\n"));

    ServiceJar.Run run = ServiceJar.run(environment, "ingest-stations", ServiceJar.CONFIG.toString(),
        "s3://" + bucket + "/reference/ghcnd-stations.txt");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(lastRun()).isEqualTo("SUCCEEDED loaded=1 inserted=0 updated=1 unchanged=0 rejected=0");
    assertThat(text("SELECT source FROM ingestion_runs ORDER BY id DESC LIMIT 1"))
        .isEqualTo("s3://" + bucket + "/reference (ghcnd-stations.txt)");
  }

  @Test
  @Order(6)
  void theWholeNoaaListSizeLoads() throws Exception {
    Path list = folder.resolve("full").resolve("ghcnd-stations.txt");
    Files.createDirectories(list.getParent());
    SyntheticStationFiles.writeStationList(list, 0, 125_000, 3);

    ServiceJar.Run run = ServiceJar.run(environment, "ingest-stations", ServiceJar.CONFIG.toString(), list.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(text("SELECT count(*)::text FROM stations WHERE station_id LIKE 'SYX%'")).isEqualTo("125000");
    assertThat(lastRun()).isEqualTo("SUCCEEDED loaded=1 inserted=125000 updated=0 unchanged=0 rejected=0");
  }

  private static List<String> stations() {
    return jdbi.withHandle(h -> h.createQuery("SELECT concat_ws('|', station_id, name, state, latitude, longitude,"
        + " coalesce(elevation_m::text, '')) FROM stations WHERE station_id NOT LIKE 'SYX%' ORDER BY station_id")
        .mapTo(String.class).list());
  }

  private static String lastRun() {
    return text("SELECT status || ' loaded=' || files_loaded || ' inserted=' || rows_inserted || ' updated='"
        + " || rows_updated || ' unchanged=' || rows_unchanged || ' rejected=' || rows_rejected"
        + " FROM ingestion_runs ORDER BY id DESC LIMIT 1");
  }

  private static String text(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }
}
