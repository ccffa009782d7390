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
import io.weatherdata.application.ingestion.port.out.SaveObservationsPort;
import io.weatherdata.application.query.model.CornFilter;
import io.weatherdata.application.query.model.CornQuery;
import io.weatherdata.application.query.model.StationFilter;
import io.weatherdata.application.query.model.StationPosition;
import io.weatherdata.application.query.model.StationQuery;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.station.BoundingBox;
import io.weatherdata.domain.station.GeoPoint;
import io.weatherdata.domain.station.Proximity;
import io.weatherdata.domain.station.Station;
import io.weatherdata.domain.station.StationMetadata;
import java.math.BigDecimal;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresWeatherQueriesIT {
  private static final StationId A = StationId.of("USC00000001");
  private static final StationId B = StationId.of("USC00000002");
  private static final StationId C = StationId.of("USC00000003");
  private static final List<Observation> ALL = new ArrayList<>();
  /** A and B are in the station list (C is not); the list also holds a station without data. */
  private static final StationMetadata AT_CHICAGO = metadata(A, "IL", "41.8781", "-87.6298");
  private static final StationMetadata AT_DES_MOINES = metadata(B, "IA", "41.5868", "-93.6250");
  private static final StationMetadata ELSEWHERE = metadata(StationId.of("USC00000009"), "IL", "41.9", "-87.7");
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
    new PostgresStatisticsStore(jdbi).recomputeAll();
    new PostgresReferenceDataStore(jdbi).saveStations(List.of(AT_CHICAGO, AT_DES_MOINES, ELSEWHERE).iterator());
  }

  @Test
  void filtersByStationsAndInclusiveDateRange() {
    ObservationQuery query = new ObservationQuery(new ObservationFilter(List.of(A, C), List.of(),
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

  /** Shown by skewing yearly_stats: whole years (or no dates) are counted from it while nothing awaits analysis. */
  @Test
  void wholeYearCountsComeFromTheYearlyStatisticsWhileNoStationYearAwaitsAnalysis() {
    Jdbi own = TestPostgres.freshJdbi();
    PostgresWeatherQueries counting = new PostgresWeatherQueries(own);
    long runId = new PostgresIngestionRunLog(own).start("fixture", Instant.now());
    PostgresObservationStore store = new PostgresObservationStore(own);
    store.saveFile(runId, new SourceFile("A.txt", "a", 0), List.of(day(A.value(), "2000-12-30", 10, 0, 1),
        day(A.value(), "2000-12-31", null, null, null), day(A.value(), "2001-01-01", 20, 5, null)).iterator());
    store.saveFile(runId, new SourceFile("B.txt", "b", 0), List.of(day(B.value(), "2001-06-01", 250, 150, 0))
        .iterator());
    new PostgresStatisticsStore(own).recomputeAll();
    ObservationFilter all = new ObservationFilter(List.of(), List.of(), Optional.empty(), Optional.empty());
    ObservationFilter year2001 = new ObservationFilter(List.of(), List.of(), Optional.of(LocalDate.of(2001, 1, 1)),
        Optional.of(LocalDate.of(2001, 12, 31)));
    ObservationFilter aFrom2001 = new ObservationFilter(List.of(A), List.of(), Optional.of(LocalDate.of(2001, 1, 1)),
        Optional.empty());
    ObservationFilter newYear = new ObservationFilter(List.of(), List.of(), Optional.of(LocalDate.of(2000, 12, 31)),
        Optional.of(LocalDate.of(2001, 1, 1)));
    assertThat(List.of(all, year2001, aFrom2001, newYear)).extracting(counting::count).containsExactly(4L, 2L, 1L, 2L);

    own.useHandle(h -> h.execute("UPDATE yearly_stats SET days_observed = days_observed + 100 WHERE year = 2001"));
    assertThat(List.of(all, year2001, aFrom2001, newYear)).extracting(counting::count)
        .containsExactly(204L, 202L, 101L, 2L);

    own.useHandle(h -> h.execute("INSERT INTO pending_yearly_stats (station_id, year) VALUES ('USC00000009', 1990)"));
    assertThat(List.of(all, year2001, aFrom2001, newYear)).extracting(counting::count).containsExactly(4L, 2L, 1L, 2L);
  }

  @Test
  void anOpenEndedRangeAndNoStationFilterMatchEverythingFromThatDay() {
    ObservationQuery query = new ObservationQuery(new ObservationFilter(List.of(), List.of(),
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
        new ObservationQuery(new ObservationFilter(List.of(), List.of(), Optional.empty(), Optional.empty()),
            new PageRequest<>(97, after))),
        ObservationKey::of);

    assertThat(walked).isEqualTo(ALL.stream()
        .sorted(Comparator.comparing(Observation::station).thenComparing(Observation::date)).toList());
  }

  @Test
  void walkingAllStatsPagesReturnsEveryStationYearOnce() {
    List<YearlyStats> walked = walk(after -> queries.page(
        new YearlyStatsQuery(new YearlyStatsFilter(List.of(), List.of(), Optional.empty(), Optional.empty()),
            new PageRequest<>(2, after))),
        YearlyStats::stationYear);

    assertThat(walked).extracting(s -> s.stationYear().station() + " " + s.stationYear().year()).containsExactly(
        "USC00000001 1999", "USC00000001 2000", "USC00000001 2001", "USC00000002 1999", "USC00000002 2000",
        "USC00000002 2001", "USC00000003 1999", "USC00000003 2000", "USC00000003 2001");
  }

  @Test
  void statsFilterByStationAndYearRange() {
    YearlyStatsQuery query = new YearlyStatsQuery(new YearlyStatsFilter(List.of(B), List.of(), Optional.of(2000),
        Optional.of(2001)),
        PageRequest.first(100));
    Slice<YearlyStats> page = queries.page(query);

    assertThat(page.items()).extracting(s -> s.stationYear().year()).containsExactly(2000, 2001);
    assertThat(queries.count(query.filter())).isEqualTo(2);
  }

  @Test
  void stationCatalogueCountsDaysAndMissingValuesAndJoinsTheStationList() {
    PostgresStationCatalogue catalogue = new PostgresStationCatalogue(jdbi);
    Optional<Station> a = catalogue.find(A);

    List<Observation> days = ALL.stream().filter(o -> o.station().equals(A)).toList();
    assertThat(a.map(Station::coverage)).contains(new StationSummary(A, LocalDate.of(1999, 12, 25),
        LocalDate.of(2001, 1, 5), days.size(), days.stream().filter(o -> o.maxTemperature().isEmpty()).count(),
        days.stream().filter(o -> o.minTemperature().isEmpty()).count(),
        days.stream().filter(o -> o.precipitation().isEmpty()).count()));
    assertThat(a.flatMap(Station::metadata)).contains(AT_CHICAGO);
    assertThat(catalogue.find(C).flatMap(Station::metadata)).as("no list entry: no name, no place").isEmpty();
    assertThat(catalogue.find(StationId.of("USC00000009"))).as("listed, but no data").isEmpty();
    assertThat(PostgresWeatherQueriesIT.<Station, StationPosition>walk(after -> catalogue.list(new StationQuery(
        StationFilter.all(), new PageRequest<>(2, after))),
        s -> new StationPosition(Optional.empty(), s.id()))).extracting(Station::id).containsExactly(A, B, C);
    assertThat(catalogue.count(StationFilter.all())).isEqualTo(3);
  }

  @Test
  void stationsFilterByStateAndBoxAndLeaveOutStationsWithoutAPlace() {
    PostgresStationCatalogue catalogue = new PostgresStationCatalogue(jdbi);
    StationFilter illinois = new StationFilter(List.of("IL"), Optional.empty(), Optional.empty());
    StationFilter box = new StationFilter(List.of(), Optional.of(new BoundingBox(point("41", "-94"),
        point("42", "-93"))), Optional.empty());

    assertThat(catalogue.list(new StationQuery(illinois, PageRequest.first(10))).items()).extracting(Station::id)
        .containsExactly(A);
    assertThat(catalogue.count(illinois)).isEqualTo(1);
    assertThat(catalogue.list(new StationQuery(box, PageRequest.first(10))).items()).extracting(Station::id)
        .containsExactly(B);
  }

  @Test
  void nearAPointStationsComeByGreatCircleDistanceWithinTheRadius() {
    PostgresStationCatalogue catalogue = new PostgresStationCatalogue(jdbi);
    GeoPoint omaha = point("41.2565", "-95.9345");
    StationFilter near = new StationFilter(List.of(), Optional.empty(), Optional.of(new Proximity(omaha, 500)));

    List<Station> walked = PostgresWeatherQueriesIT.<Station, StationPosition>walk(after -> catalogue.list(
        new StationQuery(near, new PageRequest<>(1, after))),
        s -> new StationPosition(s.distanceKm(), s.id()));

    assertThat(walked).extracting(Station::id).containsExactly(B);  // Chicago is 694 km from Omaha
    assertThat(walked.get(0).distanceKm().orElseThrow())
        .isCloseTo(omaha.distanceKm(point("41.5868", "-93.6250")), org.assertj.core.data.Offset.offset(0.001));
    StationFilter wider = new StationFilter(List.of(), Optional.empty(), Optional.of(new Proximity(
        point("41.7", "-90.6"), 400)));
    // A is 247 km away, B 252 km
    assertThat(PostgresWeatherQueriesIT.<Station, StationPosition>walk(after -> catalogue.list(new StationQuery(wider,
        new PageRequest<>(1, after))), s -> new StationPosition(s.distanceKm(), s.id())))
        .extracting(Station::id).containsExactly(A, B);
    assertThat(catalogue.count(wider)).isEqualTo(2);
    List<Station> streamed = new ArrayList<>();
    catalogue.stream(wider, streamed::add);
    assertThat(streamed).extracting(Station::id).containsExactly(A, B);
    assertThat(streamed).extracting(Station::distanceKm).allMatch(Optional::isPresent);
  }

  @Test
  void observationsAndStatisticsFilterByTheStateOfTheStationList() {
    ObservationFilter iowa = new ObservationFilter(List.of(), List.of("IA"), Optional.of(LocalDate.of(2000, 1, 1)),
        Optional.of(LocalDate.of(2000, 1, 1)));
    assertThat(queries.page(new ObservationQuery(iowa, PageRequest.first(10))).items()).extracting(Observation::station)
        .containsExactly(B);
    assertThat(queries.count(new YearlyStatsFilter(List.of(), List.of("IL", "IA"), Optional.empty(),
        Optional.empty()))).isEqualTo(6);
  }

  @Test
  void cornProductionIsUpsertedAndPagedByYear() {
    PostgresReferenceDataStore store = new PostgresReferenceDataStore(jdbi);
    assertThat(store.saveCornProduction(List.of(corn(1988, "125194"), corn(1987, "181142")).iterator()))
        .isEqualTo(new SaveObservationsPort.FileSaveResult(2, 0, 0));
    assertThat(store.saveCornProduction(List.of(corn(1988, "125194.5"), corn(1987, "181142")).iterator()))
        .isEqualTo(new SaveObservationsPort.FileSaveResult(0, 1, 1));
    PostgresCornProduction corn = new PostgresCornProduction(jdbi);

    CornFilter every = new CornFilter(Optional.empty(), Optional.empty());
    CornQuery all = new CornQuery(every, new PageRequest<>(1, Optional.empty()));
    assertThat(corn.page(all).items()).containsExactly(corn(1987, "181142.000"));
    assertThat(corn.page(new CornQuery(new CornFilter(Optional.of(1988), Optional.empty()),
        PageRequest.first(5))).items())
        .containsExactly(corn(1988, "125194.500"));
    assertThat(corn.count(every)).isEqualTo(2);
  }

  private static CornProduction corn(int year, String kt) {
    return new CornProduction(year, new BigDecimal(kt));
  }

  private static GeoPoint point(String latitude, String longitude) {
    return new GeoPoint(new BigDecimal(latitude), new BigDecimal(longitude));
  }

  private static StationMetadata metadata(StationId id, String state, String latitude, String longitude) {
    return new StationMetadata(id, "STATION " + id.value(), Optional.of(state), new BigDecimal(latitude),
        new BigDecimal(longitude), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void streamingAFilterGivesEveryRowOfItsListingInOrder() {
    ObservationFilter all = new ObservationFilter(List.of(), List.of(), Optional.empty(), Optional.empty());
    List<Observation> streamed = new ArrayList<>();
    queries.stream(all, streamed::add);

    assertThat(streamed).isEqualTo(ALL.stream()
        .sorted(Comparator.comparing(Observation::station).thenComparing(Observation::date)).toList());
    List<YearlyStats> stats = new ArrayList<>();
    queries.stream(new YearlyStatsFilter(List.of(B), List.of(), Optional.of(2000), Optional.empty()), stats::add);
    assertThat(stats).extracting(s -> s.stationYear().year()).containsExactly(2000, 2001);
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
        ORDER BY station_id, date LIMIT 101""")).containsPattern("observations(_\\d{4}s)?_pkey")
        .doesNotContain("Seq Scan");
    assertThat(plan("SELECT * FROM observations WHERE date >= '2000-06-01' AND date <= '2000-06-01'"
        + " ORDER BY station_id, date LIMIT 101")).containsPattern("observations(_\\d{4}s)?_date")
        .doesNotContain("Seq Scan");
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
