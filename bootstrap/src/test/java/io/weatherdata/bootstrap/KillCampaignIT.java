package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code ingest} killed with SIGKILL at random moments, over first loads of a folder and
 * reloads of the same files changed; after each kill a rerun completes, and the tables must equal a clean load's
 * row for row. {@code -Dchaos.kills=20} (bench/chaos) runs the long campaign; verify runs 3.
 */
class KillCampaignIT {
  private static final int KILLS = Integer.getInteger("chaos.kills", 3);
  private static final long SEED = Long.getLong("chaos.seed", 7);
  @TempDir static Path work;
  private static Path first;
  private static Path changed;
  private static Phase load;
  private static Phase reload;

  /** A phase's clean result and how long an uninterrupted run of it takes. */
  private record Phase(Path files, Map<String, String> cleanTables, long millis) {}

  @BeforeAll
  static void twoVersionsOfTheFilesAndTheirCleanLoads() throws Exception {
    first = work.resolve("first");
    changed = work.resolve("changed");
    SyntheticStationFiles.write(first, 5, 1985, 2014, 5, 0.001);
    SyntheticStationFiles.write(changed, 5, 1985, 2014, 6, 0.001);   // same files, other values
    String url = TestPostgres.freshDatabase();
    long started = System.nanoTime();
    assertThat(ServiceJar.ingest(url, first).exitCode()).isZero();
    load = new Phase(first, tables(url), (System.nanoTime() - started) / 1_000_000);
    started = System.nanoTime();
    assertThat(ServiceJar.ingest(url, changed).exitCode()).isZero();
    reload = new Phase(changed, tables(url), (System.nanoTime() - started) / 1_000_000);
    assertThat(reload.cleanTables()).isNotEqualTo(load.cleanTables());
  }

  @Test
  void killedRunsAtRandomMomentsLoseAndDuplicateNothing() throws Exception {
    Random random = new Random(SEED);
    long lost = 0;
    long duplicated = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      boolean reloading = random.nextBoolean();
      Phase phase = reloading ? reload : load;
      String url = TestPostgres.freshDatabase();
      Path folder = work.resolve("kill-" + kill);
      copy(first, folder);
      if (reloading) {
        assertThat(ServiceJar.ingest(url, folder).exitCode()).isZero();
        copy(changed, folder);
      }
      long delay = (long) (random.nextDouble() * phase.millis());
      ServiceJar.Started running = ServiceJar.start(ServiceJar.database(url), "ingest", ServiceJar.CONFIG.toString(),
          folder.toString());
      boolean killed = !running.process().waitFor(delay, java.util.concurrent.TimeUnit.MILLISECONDS);
      running.process().destroyForcibly().waitFor(); // SIGKILL
      Files.deleteIfExists(running.log());
      ServiceJar.Run rerun = ServiceJar.ingest(url, folder);

      assertThat(rerun.exitCode()).as(rerun.output()).isZero();
      Map<String, String> after = tables(url);
      lost += Long.parseLong(phase.cleanTables().get("rows")) - Long.parseLong(after.get("distinct rows"));
      duplicated += Long.parseLong(after.get("rows")) - Long.parseLong(after.get("distinct rows"));
      assertThat(after).as("kill %d (%s, after %d ms%s)", kill, reloading ? "reload" : "first load", delay,
          killed ? "" : ", finished before the kill").isEqualTo(phase.cleanTables());
      System.out.printf("kill %d: %s after %d ms of %d%s; rerun equals a clean load%n", kill,
          reloading ? "reload of changed files" : "first load", delay, phase.millis(), killed ? "" : " (had finished)");
    }
    System.out.printf("%d kills, %d rows lost, %d duplicated%n", KILLS, lost, duplicated);
    assertThat(lost).isZero();
    assertThat(duplicated).isZero();
  }

  /** Row counts and a fingerprint of every table ingestion and analysis write. */
  private static Map<String, String> tables(String url) {
    Jdbi jdbi = TestPostgres.jdbi(url);
    return jdbi.withHandle(h -> Map.of(
        "rows", h.createQuery("SELECT count(*)::text FROM observations").mapTo(String.class).one(),
        "distinct rows", h.createQuery("SELECT count(DISTINCT (station_id, date))::text FROM observations")
            .mapTo(String.class).one(),
        "observations", h.createQuery("SELECT md5(string_agg(concat_ws(',', station_id, date, max_temp_c, min_temp_c,"
            + " precipitation_mm), ';' ORDER BY station_id, date)) FROM observations").mapTo(String.class).one(),
        "yearly_stats", h.createQuery("SELECT md5(string_agg(concat_ws(',', station_id, year, avg_max_temp_c,"
            + " avg_min_temp_c, total_precipitation_cm), ';' ORDER BY station_id, year)) FROM yearly_stats")
            .mapTo(String.class).one(),
        "monthly_stats", h.createQuery("SELECT md5(string_agg(concat_ws(',', station_id, year, month, gdd),"
            + " ';' ORDER BY station_id, year, month)) FROM monthly_stats").mapTo(String.class).one(),
        "source_files", h.createQuery("SELECT string_agg(file_name || '=' || checksum, ',' ORDER BY file_name)"
            + " FROM source_files").mapTo(String.class).one(),
        "pending", h.createQuery("SELECT count(*)::text FROM pending_yearly_stats").mapTo(String.class).one()));
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

}
