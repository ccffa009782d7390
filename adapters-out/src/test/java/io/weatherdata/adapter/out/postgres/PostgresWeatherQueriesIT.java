package io.weatherdata.adapter.out.postgres;

import static io.weatherdata.adapter.out.postgres.Days.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.query.model.ObservationFilter;
import io.weatherdata.application.query.model.ObservationQuery;
import io.weatherdata.application.query.model.YearlyStatsFilter;
import io.weatherdata.application.query.model.YearlyStatsQuery;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.ObservationKey;
import io.weatherdata.domain.observation.SourceFile;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationSummary;
import io.weatherdata.domain.stats.StationYear;
import io.weatherdata.domain.stats.YearlyStats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresWeatherQueriesIT {
  private static final StationId A = StationId.of("USC00000001");
  private static final StationId B = StationId.of("USC00000002");
  private static final StationId C = StationId.of("USC00000003");
  private static final List<Observation> ALL = new ArrayList<>();
  private static Jdbi jdbi;
  private static PostgresWeatherQueries queries;

  /** Three stations, 1999-12-25 to 2001-01-05 daily, a few missing values; analysed. */
  @BeforeAll
  static void load() {
    jdbi = TestPostgres.freshJdbi();
    queries = new PostgresWeatherQueries(jdbi);
    PostgresIngestionRunLog runs = new PostgresIngestionRunLog(jdbi);
    long runId = runs.start("fixture", Instant.now());
    PostgresObservationStore store = new PostgresObservationStore(jdbi);
    for (StationId station : List.of(A, B, C)) {
      List<Observation> days = new ArrayList<>();
      int i = 0;
      for (LocalDate d = LocalDate.of(1999, 12, 25); !d.isAfter(LocalDate.of(2001, 1, 5)); d = d.plusDays(1), i++) {
        days.add(day(station.value(), d.toString(), i % 17 == 0 ? null : 100 + i % 50, -i % 30, i % 5 == 0
            ? null : i % 7));
      }
      store.saveFile(runId, new SourceFile(station.value() + ".txt", "x", 0), days.iterator());
      ALL.addAll(days);
    }
    runs.finish(runs.latest(1).get(0));
    new PostgresYearlyStatsStore(jdbi).recomputeAll();
  }

  @Test
  void filtersByStationsAndInclusiveDateRange() {
    ObservationQuery query = new ObservationQuery(new ObservationFilter(List.of(A, C),
        Optional.of(LocalDate.of(2000, 2, 28)),
        Optional.of(LocalDate.of(2000, 3, 1))), PageRequest.first(100));
    Slice<Observation> page = queries.page(query);

    assertThat(page.items()).extracting(o -> o.station() + " " + o.date()).containsExactly(
        "USC00000001 2000-02-28", "USC00000001 2000-02-29", "USC00000001 2000-03-01",
        "USC00000003 2000-02-28", "USC00000003 2000-02-29", "USC00000003 2000-03-01");
    assertThat(queries.count(query.filter())).isEqualTo(6);
    assertThat(page.hasMore()).isFalse();
    assertThat(page.items()).isEqualTo(ALL.stream().filter(o -> !o.station().equals(B)
        && !o.date().isBefore(LocalDate.of(2000, 2, 28)) && !o.date().isAfter(LocalDate.of(2000, 3, 1))).toList());
  }

  @Test
  void anOpenEndedRangeAndNoStationFilterMatchEverythingFromThatDay() {
    ObservationQuery query = new ObservationQuery(new ObservationFilter(List.of(),
        Optional.of(LocalDate.of(2001, 1, 4)),
        Optional.empty()), PageRequest.first(10));
    Slice<Observation> page = queries.page(query);

    assertThat(queries.count(query.filter())).isEqualTo(6);
    assertThat(page.items()).extracting(o -> o.station().value()).containsExactly(
        "USC00000001", "USC00000001", "USC00000002", "USC00000002", "USC00000003", "USC00000003");
  }

  @Test
  void walkingAllObservationPagesReturnsEveryRowExactlyOnceInKeyOrder() {
    List<Observation> walked = walk(after -> queries.page(
        new ObservationQuery(new ObservationFilter(List.of(), Optional.empty(), Optional.empty()),
            new PageRequest<>(97, after))),
        ObservationKey::of);

    assertThat(walked).isEqualTo(ALL.stream()
        .sorted(Comparator.comparing(Observation::station).thenComparing(Observation::date)).toList());
  }

  @Test
  void walkingAllStatsPagesReturnsEveryStationYearOnce() {
    List<YearlyStats> walked = walk(after -> queries.page(
        new YearlyStatsQuery(new YearlyStatsFilter(List.of(), Optional.empty(), Optional.empty()),
            new PageRequest<>(2, after))),
        YearlyStats::stationYear);

    assertThat(walked).extracting(s -> s.stationYear().station() + " " + s.stationYear().year()).containsExactly(
        "USC00000001 1999", "USC00000001 2000", "USC00000001 2001", "USC00000002 1999", "USC00000002 2000",
        "USC00000002 2001", "USC00000003 1999", "USC00000003 2000", "USC00000003 2001");
  }

  @Test
  void statsFilterByStationAndYearRange() {
    YearlyStatsQuery query = new YearlyStatsQuery(new YearlyStatsFilter(List.of(B), Optional.of(2000),
        Optional.of(2001)),
        PageRequest.first(100));
    Slice<YearlyStats> page = queries.page(query);

    assertThat(page.items()).extracting(s -> s.stationYear().year()).containsExactly(2000, 2001);
    assertThat(queries.count(query.filter())).isEqualTo(2);
  }

  @Test
  void stationCatalogueCountsDaysAndMissingValues() {
    Optional<StationSummary> a = queries.find(A);

    List<Observation> days = ALL.stream().filter(o -> o.station().equals(A)).toList();
    assertThat(a).contains(new StationSummary(A, LocalDate.of(1999, 12, 25), LocalDate.of(2001, 1, 5), days.size(),
        days.stream().filter(o -> o.maxTemperature().isEmpty()).count(),
        days.stream().filter(o -> o.minTemperature().isEmpty()).count(),
        days.stream().filter(o -> o.precipitation().isEmpty()).count()));
    assertThat(queries.find(StationId.of("USC00000009"))).isEmpty();
    assertThat(walk(after -> queries.list(new PageRequest<>(2, after)), StationSummary::station))
        .extracting(StationSummary::station).containsExactly(A, B, C);
    assertThat(queries.countStations()).isEqualTo(3);
  }

  @Test
  void theDataVersionChangesWhenARunFinishes() {
    String before = queries.current();
    PostgresIngestionRunLog runs = new PostgresIngestionRunLog(jdbi);
    long id = runs.start("another", Instant.now());
    runs.finish(new IngestionReport(id, "another", Instant.now(), Optional.of(Instant.now()),
        IngestionReport.Status.SUCCEEDED, 0, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty()));

    assertThat(queries.current()).isNotEqualTo(before);
  }

  @Test
  void filteredPagesUseTheIndexesNotASequentialScan() {
    jdbi.useHandle(h -> h.execute("ANALYZE observations"));
    assertThat(plan("""
        SELECT * FROM observations WHERE station_id = ANY('{USC00000001}') AND date >= '2000-01-01'
          AND date <= '2000-12-31' AND (station_id, date) > ('USC00000001', '2000-06-01')
        ORDER BY station_id, date LIMIT 101""")).contains("observations_pkey").doesNotContain("Seq Scan");
    assertThat(plan("SELECT * FROM observations WHERE date >= '2000-06-01' AND date <= '2000-06-01'"
        + " ORDER BY station_id, date LIMIT 101")).contains("observations_date").doesNotContain("Seq Scan");
  }

  private static String plan(String sql) {
    List<String> lines = jdbi.withHandle(h -> {
      h.execute("SET enable_seqscan = off"); // the fixture is tiny; ask whether an index path exists at all
      return h.createQuery("EXPLAIN " + sql).mapTo(String.class).list();
    });
    return String.join("\n", lines);
  }

  private static <T, K> List<T> walk(Function<Optional<K>, Slice<T>> fetch, Function<T, K> key) {
    List<T> all = new ArrayList<>();
    Optional<K> after = Optional.empty();
    Slice<T> page;
    do {
      page = fetch.apply(after);
      all.addAll(page.items());
      after = page.items().isEmpty() ? after : Optional.of(key.apply(page.items().get(page.items().size() - 1)));
    } while (page.hasMore());
    return all;
  }
}
