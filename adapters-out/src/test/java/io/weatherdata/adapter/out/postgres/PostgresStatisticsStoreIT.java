package io.weatherdata.adapter.out.postgres;

import static io.weatherdata.adapter.out.postgres.Days.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.SourceFile;
import io.weatherdata.domain.stats.YearlyStats;
import io.weatherdata.domain.stats.YearlyStatsRule;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresStatisticsStoreIT {
  /** Missing values in every column, an all-missing year, repeating decimals, negative averages. */
  private static final List<Observation> FIXTURE = List.of(
      day("USC00110072", "1985-01-01", -22, -128, 94),
      day("USC00110072", "1985-06-15", 301, 150, null),
      day("USC00110072", "1985-12-31", null, null, 0),
      day("USC00110072", "1986-03-01", 10, 1, null),
      day("USC00110072", "1986-03-02", 10, 2, null),
      day("USC00110072", "1986-03-03", 11, 2, null),
      day("USC00110187", "1985-07-01", null, null, null),
      day("USC00110187", "1985-07-02", null, null, null),
      day("USC00110187", "1990-01-01", -5, -7, 4295));

  private Jdbi jdbi;
  private PostgresStatisticsStore stats;

  @BeforeEach
  void load() {
    jdbi = TestPostgres.freshJdbi();
    stats = new PostgresStatisticsStore(jdbi);
    PostgresIngestionRunLog runs = new PostgresIngestionRunLog(jdbi);
    long runId = runs.start("test", Instant.now());
    PostgresObservationStore store = new PostgresObservationStore(jdbi);
    FIXTURE.stream().map(o -> o.station().value()).distinct().forEach(station -> store.saveFile(runId,
        new SourceFile(station + ".txt", "x", 0), FIXTURE.stream().filter(o -> o.station().value().equals(station))
            .iterator()));
    runs.finish(runs.latest(1).get(0)); // ends the run, so analysis need not wait for it
  }

  @Test
  void sqlStatisticsEqualTheDomainRuleExactly() {
    int written = stats.recomputeAll();

    List<YearlyStats> expected = YearlyStatsRule.compute(FIXTURE);
    assertThat(written).isEqualTo(expected.size()).isEqualTo(4);
    assertThat(StatsText.stored(jdbi)).isEqualTo(expected.stream().map(StatsText::of).toList());
    assertThat(StatsText.stored(jdbi)).contains(
        "USC00110187 1985 null null null",
        "USC00110072 1986 1.033333 0.166667 null");
  }

  @Test
  void pendingRecomputationWritesOnlyMarkedStationYearsAndClearsTheMarks() {
    stats.recomputeAll();
    jdbi.useHandle(h -> h.execute("UPDATE yearly_stats SET avg_max_temp_c = 99 WHERE year IN (1985, 1986)"));
    jdbi.useHandle(h -> h.execute("INSERT INTO pending_yearly_stats VALUES ('USC00110072', 1986)"));

    int written = stats.recomputePending();

    assertThat(written).isEqualTo(1);
    assertThat(StatsText.stored(jdbi)).contains("USC00110072 1986 1.033333 0.166667 null")
        .filteredOn(line -> line.contains(" 99.000000 ")).hasSize(2);   // the two 1985 rows were not recomputed
    long stillPending = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM pending_yearly_stats").mapTo(Long
        .class).one());
    assertThat(stillPending).isZero();
    assertThat(stats.recomputePending()).isZero();
  }

  @Test
  void aFirstLoadsMarksAreAnalysedInOnePassOverEverything() {
    int written = stats.recomputePending();

    assertThat(written).isEqualTo(4);
    assertThat(StatsText.stored(jdbi)).isEqualTo(YearlyStatsRule.compute(FIXTURE).stream().map(StatsText::of).toList());
    long stillPending = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM pending_yearly_stats").mapTo(Long
        .class).one());
    assertThat(stillPending).isZero();
  }
}
