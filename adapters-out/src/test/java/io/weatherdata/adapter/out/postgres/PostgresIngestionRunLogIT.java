package io.weatherdata.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.model.IngestionReport.Status;
import io.weatherdata.domain.observation.Rejection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresIngestionRunLogIT {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private Jdbi jdbi;
  private PostgresIngestionRunLog log;

  @BeforeEach
  void freshDatabase() {
    jdbi = TestPostgres.freshJdbi();
    log = new PostgresIngestionRunLog(jdbi);
  }

  @Test
  void aRunIsRecordedAsRunningThenWithItsFinalCounts() {
    long id = log.start("/data/wx", T0);
    assertThat(log.latest(10)).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.RUNNING);
      assertThat(r.finishedAt()).isEmpty();
    });

    IngestionReport done = new IngestionReport(id, "/data/wx", T0, Optional.of(T0.plusSeconds(9)), Status.SUCCEEDED,
        167, 160, 6, 1, 1_700_000, 12, 29_000, 3, 737, Optional.empty());
    log.finish(done);

    assertThat(log.latest(10)).containsExactly(done);
  }

  @Test
  void latestListsNewestFirstUpToTheLimit() {
    for (int i = 0; i < 3; i++) {
      long id = log.start("run " + i, T0.plus(i, ChronoUnit.HOURS));
      log.finish(report(id, "run " + i, T0.plus(i, ChronoUnit.HOURS), Status.SUCCEEDED));
    }
    assertThat(log.latest(2)).extracting(IngestionReport::source).containsExactly("run 2", "run 1");
  }

  @Test
  void aRunLeftRunningByADeadProcessIsMarkedFailedByTheNextRun() {
    jdbi.useHandle(h -> h.execute(
        "INSERT INTO ingestion_runs (source, started_at, status)"
            + " VALUES ('killed', now() - interval '1 hour', 'RUNNING')"));

    log.start("next", T0);

    IngestionReport killed = log.latest(10).stream().filter(r -> r.source().equals("killed")).findFirst().orElseThrow();
    assertThat(killed.status()).isEqualTo(Status.FAILED);
    assertThat(killed.error()).hasValueSatisfying(e -> assertThat(e).contains("interrupted"));
    assertThat(killed.finishedAt()).isPresent();
  }

  @Test
  void rejectionsAreStoredWithFileLineAndReason() {
    long id = log.start("x", T0);
    log.recordRejections(id, List.of(new Rejection("USC00110072.txt", 7, "impossible date 19850230")));

    List<String> stored = jdbi.withHandle(h -> h.createQuery(
            "SELECT file_name || ':' || line_number || ' ' || reason FROM ingestion_rejections WHERE run_id = :id")
        .bind("id", id).mapTo(String.class).list());
    assertThat(stored).containsExactly("USC00110072.txt:7 impossible date 19850230");
  }

  private static IngestionReport report(long id, String source, Instant start, Status status) {
    return new IngestionReport(id, source, start, Optional.of(start.plusSeconds(1)), status,
        0, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty());
  }
}
