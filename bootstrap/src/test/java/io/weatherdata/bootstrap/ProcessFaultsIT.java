package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.PostgresIngestionLock;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.application.ingestion.port.out.IngestionLockPort;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults around real ingest processes (the packaged jar): killed mid-file, connection cut mid-file, two at once.
 * After each, the stored data must equal what one clean run stores.
 */
class ProcessFaultsIT {
  private static final String FINGERPRINT = """
      SELECT count(*) || ' ' || md5(string_agg(
               concat_ws(',', station_id, date, max_temp_c, min_temp_c, precipitation_mm),
                                                ';' ORDER BY station_id, date))
      FROM observations""";
  private static final String DATE_INDEX = "SELECT pg_get_indexdef(to_regclass('observations_date'))";
  @TempDir static Path folder;
  private static String clean;

  @BeforeAll
  static void folderAndACleanRun() throws Exception {
    SyntheticStationFiles.write(folder, 60, 1985, 2014, 3, 0.001);
    String url = TestPostgres.freshDatabase();
    assertThat(ServiceJar.ingest(url, folder).exitCode()).isZero();
    clean = fingerprint(url);
  }

  @Test
  void anIngestKilledMidRunIsRecordedAsInterruptedAndARerunCompletesTheData() throws Exception {
    String url = TestPostgres.freshDatabase();
    ServiceJar.Started running = ServiceJar.start(ServiceJar.database(url), "ingest", ServiceJar.CONFIG.toString(),
        folder.toString());
    awaitTrue(() -> count(url, "SELECT count(*) FROM source_files") >= 3);
    running.process().destroyForcibly().waitFor(); // SIGKILL
    running.log().toFile().delete();
    assertThat(text(url, "SELECT status FROM ingestion_runs")).isEqualTo("RUNNING");
    assertThat(text(url, DATE_INDEX)).as("a first load builds the date index at its end").isNull();

    ServiceJar.Run rerun = ServiceJar.ingest(url, folder);

    assertThat(rerun.exitCode()).as(rerun.output()).isZero();
    assertThat(text(url, "SELECT status || ': ' || error FROM ingestion_runs ORDER BY id LIMIT 1"))
        .startsWith("FAILED: interrupted");
    assertThat(fingerprint(url)).isEqualTo(clean);
    assertThat(text(url, DATE_INDEX)).as("the rerun built it again")
        .isEqualTo("CREATE INDEX observations_date ON public.observations USING btree (date)");
  }

  @Test
  void aConnectionCutMidFileFailsTheRunWithNonZeroExitAndLeavesNoPartialFile() throws Exception {
    String url = TestPostgres.freshDatabase();
    ServiceJar.Started running = ServiceJar.start(ServiceJar.database(url), "ingest", ServiceJar.CONFIG.toString(),
        folder.toString());
    awaitTrue(() -> count(url, "SELECT count(*) FROM source_files") >= 2);
    awaitTrue(() -> count(url, """
        SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
        WHERE datname = current_database() AND query LIKE 'COPY%' AND state = 'active'""") > 0);

    ServiceJar.Run cut = running.await();

    assertThat(cut.exitCode()).isNotZero();
    assertThat(text(url, "SELECT status FROM ingestion_runs ORDER BY id DESC LIMIT 1")).isEqualTo("FAILED");
    assertThat(count(url, "SELECT count(*) FROM observations o WHERE NOT EXISTS (SELECT 1 FROM source_files f"
        + " WHERE f.file_name = o.station_id || '.txt')")).as("rows of files not recorded as loaded").isZero();
    assertThat(ServiceJar.ingest(url, folder).exitCode()).isZero();
    assertThat(fingerprint(url)).isEqualTo(clean);
  }

  @Test
  void twoIngestionsAtOnceAreSerialisedAndStoreEachRowOnce() throws Exception {
    String url = TestPostgres.freshDatabase();
    Jdbi jdbi = TestPostgres.jdbi(url);
    ServiceJar.Started first;
    ServiceJar.Started second;
    try (IngestionLockPort.Held taken = new PostgresIngestionLock(jdbi).acquire()) {
      String[] ingest = {"ingest", ServiceJar.CONFIG.toString(), folder.toString()};
      first = ServiceJar.start(ServiceJar.database(url), ingest);
      second = ServiceJar.start(ServiceJar.database(url), ingest);
      // both runs under way at once, each blocked on the lock this test holds; then they race for it
      TestPostgres.awaitSessionsWaitingOnAdvisoryLock(jdbi, 2, Duration.ofMinutes(2));
    }

    assertThat(first.await().exitCode()).isZero();
    assertThat(second.await().exitCode()).isZero();

    assertThat(fingerprint(url)).isEqualTo(clean);
    assertThat(text(url,
        "SELECT string_agg(status || ' loaded=' || files_loaded, ', ' ORDER BY files_loaded DESC) FROM ingestion_runs"))
        .isEqualTo("SUCCEEDED loaded=60, SUCCEEDED loaded=0");
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("condition not reached in 60 s");
      }
      Thread.sleep(20);
    }
  }

  private static String fingerprint(String url) {
    return text(url, FINGERPRINT);
  }

  private static String text(String url, String sql) {
    Jdbi jdbi = TestPostgres.jdbi(url);
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  private static long count(String url, String sql) {
    Jdbi jdbi = TestPostgres.jdbi(url);
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
