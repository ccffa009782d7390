package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.StatsText;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import io.weatherdata.adapter.out.postgres.ExpectedData;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch commands end to end: the packaged jar, the repository's config.yml, a real PostgreSQL, a
 * generated folder. One database for the class; the steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestCommandIT {
  @TempDir static Path folder;
  private static Map<String, String> environment;
  private static Jdbi jdbi;
  private static SyntheticStationFiles.Written written;

  @BeforeAll
  static void generateFolderAndEmptyDatabase() throws Exception {
    written = SyntheticStationFiles.write(folder, 3, 2001, 2002, 42, 0.01);
    Files.writeString(folder.resolve("README.txt"), "not a station file\n");
    String url = TestPostgres.emptyDatabase();
    environment = ServiceJar.database(url);
    jdbi = TestPostgres.jdbi(url);
  }

  @Test
  @Order(1)
  void migrateCreatesTheSchema() throws Exception {
    ServiceJar.Run run = ServiceJar.run(environment, "db", "migrate", ServiceJar.CONFIG.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(count("SELECT count(*) FROM information_schema.tables WHERE table_name IN"
        + " ('observations', 'yearly_stats', 'ingestion_runs', 'source_files')")).isEqualTo(4);
  }

  @Test
  @Order(2)
  void ingestLoadsEveryGoodLineRejectsTheRestAndComputesTheStatistics() throws Exception {
    ExpectedData expected = ExpectedData.from(folder);

    ServiceJar.Run run = ServiceJar.run(environment, "ingest", ServiceJar.CONFIG.toString(), folder.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(written.malformed()).as("the generator wrote malformed lines").isPositive();
    assertThat(count("SELECT count(*) FROM observations")).isEqualTo(written.good());
    assertThat(lastRun()).isEqualTo("SUCCEEDED files_seen=4 loaded=3 skipped=0 rejected_files=1 inserted="
        + written.good() + " rejected_rows=" + written.malformed());
    assertThat(StatsText.stored(jdbi)).isEqualTo(expected.stats());
    assertThat(run.output())
        .contains("ingestion finished", "status=SUCCEEDED", "started_at=", "finished_at=", "line rejected file=SYN")
        .contains("file=README.txt outcome=REJECTED")
        .contains("analysis finished scope=touched station_years_written=6");
  }

  @Test
  @Order(3)
  void aSecondRunInsertsNothing() throws Exception {
    List<String> before = StatsText.stored(jdbi);

    ServiceJar.Run run = ServiceJar.run(environment, "ingest", ServiceJar.CONFIG.toString(), folder.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(lastRun()).isEqualTo(
        "SUCCEEDED files_seen=4 loaded=0 skipped=3 rejected_files=1 inserted=0 rejected_rows=0");
    assertThat(StatsText.stored(jdbi)).isEqualTo(before);
  }

  @Test
  @Order(4)
  void aCorrectedFileUpdatesItsRowsAndTheirYearOnly() throws Exception {
    Path file = folder.resolve(SyntheticStationFiles.stationId(2) + ".txt");
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    int index = lines.size() - 1; // 2002-12-31
    lines.set(index, "20021231\t  555\t  -10\t   0");
    Files.write(file, lines);
    ExpectedData expected = ExpectedData.from(folder);

    ServiceJar.Run run = ServiceJar.run(environment, "ingest", ServiceJar.CONFIG.toString(), folder.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(count("SELECT rows_updated FROM ingestion_runs ORDER BY id DESC LIMIT 1")).isEqualTo(1);
    assertThat(run.output()).contains("analysis finished scope=touched station_years_written=1");
    assertThat(StatsText.stored(jdbi)).isEqualTo(expected.stats());
  }

  @Test
  @Order(5)
  void analyzeAllRecomputesEveryStationYear() throws Exception {
    List<String> before = StatsText.stored(jdbi);

    ServiceJar.Run run = ServiceJar.run(environment, "analyze", ServiceJar.CONFIG.toString(), "--all");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("analysis finished scope=all station_years_written=6");
    assertThat(StatsText.stored(jdbi)).isEqualTo(before);
  }

  @Test
  @Order(6)
  void aMissingFolderFailsWithANonZeroExitStatus() throws Exception {
    ServiceJar.Run run = ServiceJar.run(environment, "ingest", ServiceJar.CONFIG.toString(), folder.resolve("nope")
        .toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.output()).contains("not a folder");
  }

  private static long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static String lastRun() {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT status || ' files_seen=' || files_seen || ' loaded=' || files_loaded || ' skipped=' || files_skipped
                   || ' rejected_files=' || files_rejected || ' inserted=' || rows_inserted
                   || ' rejected_rows=' || rows_rejected
            FROM ingestion_runs ORDER BY id DESC LIMIT 1""").mapTo(String.class).one());
  }
}
