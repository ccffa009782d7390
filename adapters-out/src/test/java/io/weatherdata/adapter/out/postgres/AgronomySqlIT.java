package io.weatherdata.adapter.out.postgres;

import static io.weatherdata.adapter.out.postgres.Days.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.application.agronomy.model.AgronomyFilter;
import io.weatherdata.application.agronomy.model.AgronomyQuery;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.MonthlyStatsRule;
import io.weatherdata.domain.agronomy.NormalsRule;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import io.weatherdata.domain.agronomy.SeasonRule;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.SourceFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agronomy SQL against the domain's plain-Java rules, row for row, on generated data: 26 years of two stations
 * with missing values, missing lines, a missing month and months just inside and outside the 5-missing-days rule.
 */
class AgronomySqlIT {
  private static final List<Observation> GENERATED = generate(new Random(1988));
  private static Jdbi jdbi;

  @BeforeAll
  static void load() {
    jdbi = TestPostgres.freshJdbi();
    PostgresIngestionRunLog runs = new PostgresIngestionRunLog(jdbi);
    long runId = runs.start("test", java.time.Instant.now());
    PostgresObservationStore store = new PostgresObservationStore(jdbi);
    GENERATED.stream().collect(Collectors.groupingBy(Observation::station)).forEach((station, days) ->
        store.saveFile(runId, new SourceFile(station.value() + ".txt", "x", 0), days.iterator()));
    runs.finish(runs.latest(1).get(0));
    new PostgresStatisticsStore(jdbi).recomputePending();
  }

  @Test
  void monthlyStatisticsEqualTheRule() {
    assertThat(stored("monthly_stats", "station_id, year, month, avg_max_temp_c, avg_min_temp_c, "
        + "total_precipitation_mm, gdd, days_with_max_temp, days_with_min_temp, days_with_precipitation, days_with_gdd",
        "station_id, year, month"))
        .isEqualTo(RecordText.of(MonthlyStatsRule.compute(GENERATED)));
  }

  @Test
  void seasonIndicatorsEqualTheRule() {
    List<String> expected = SeasonRule.compute(GENERATED).stream()
        .map(s -> RecordText.of(s) + " " + s.frostFreeDays().map(String::valueOf).orElse("null")).toList();
    assertThat(stored("season_stats", "station_id, year, gdd_apr_oct, gdd_days, hot_days_30, hot_days_35, "
        + "last_spring_frost, first_fall_frost, heavy_rain_days, longest_dry_spell_days, jja_avg_max_temp_c, "
        + "jja_total_precipitation_mm, jja_days_with_max_temp, jja_days_with_precipitation, frost_free_days",
        "station_id, year"))
        .isEqualTo(expected)
        .anyMatch(row -> !row.endsWith(" null"));
  }

  @Test
  void normalsAndAnomaliesEqualTheRules() {
    List<MonthlyStats> months = MonthlyStatsRule.compute(GENERATED);
    List<MonthlyNormal> normals = NormalsRule.compute(months);
    Map<String, MonthlyNormal> byKey = normals.stream()
        .collect(Collectors.toMap(n -> n.station().value() + n.month(), Function.identity()));
    List<MonthlyAnomaly> anomalies = months.stream().flatMap(m -> MonthlyAnomaly.of(m,
        Optional.ofNullable(byKey.get(m.station().value() + m.month().getMonthValue()))).stream()).toList();

    assertThat(stored("monthly_normals", "station_id, month, normal_max_temp_c, normal_min_temp_c, "
        + "normal_precipitation_mm, years_max_temp, years_min_temp, years_precipitation", "station_id, month"))
        .isEqualTo(RecordText.of(normals))
        .anyMatch(row -> row.contains(" null "));
    assertThat(stored("monthly_anomalies", "station_id, year, month, max_temp_anomaly_c, min_temp_anomaly_c, "
        + "precipitation_anomaly_mm, precipitation_pct_of_normal", "station_id, year, month"))
        .isEqualTo(RecordText.of(anomalies))
        .hasSizeLessThan(months.size());
  }

  @Test
  void aFullRecomputationWritesTheSameRows() {
    List<String> before = stored("season_stats", "*", "station_id, year");
    List<String> normalsBefore = stored("monthly_normals", "*", "station_id, month");

    new PostgresStatisticsStore(jdbi).recomputeAll();

    assertThat(stored("season_stats", "*", "station_id, year")).isEqualTo(before);
    assertThat(stored("monthly_normals", "*", "station_id, month")).isEqualTo(normalsBefore);
  }

  @Test
  void streamingAListingGivesEveryRowItsPagesGiveInTheirOrder() {
    PostgresAgronomyQueries queries = new PostgresAgronomyQueries(jdbi);
    AgronomyFilter july = new AgronomyFilter(List.of(), List.of(), Optional.of(1986), Optional.of(2009),
        Optional.of(7));
    AgronomyFilter all = new AgronomyFilter(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    List<MonthlyStats> months = new ArrayList<>();
    queries.streamMonthly(july, months::add);
    List<MonthlyAnomaly> anomalies = new ArrayList<>();
    queries.streamAnomalies(july, anomalies::add);
    List<SeasonIndicators> seasons = new ArrayList<>();
    queries.streamSeasons(all, seasons::add);
    List<MonthlyNormal> normals = new ArrayList<>();
    queries.streamNormals(july, normals::add);

    assertThat(months).hasSize(2 * 24).isEqualTo(queries.monthly(new AgronomyQuery<>(july, PageRequest.first(1000)))
        .items());
    assertThat(anomalies).isNotEmpty().isEqualTo(queries.anomalies(new AgronomyQuery<>(july, PageRequest.first(1000)))
        .items());
    assertThat(seasons).hasSize(2 * 26).isEqualTo(queries.seasons(new AgronomyQuery<>(all, PageRequest.first(1000)))
        .items());
    assertThat(normals).extracting(MonthlyNormal::month).containsExactly(7, 7);
  }

  private static List<String> stored(String table, String columns, String order) {
    String row = columns.equals("*") ? "t::text" : "concat_ws(' ', " + List.of(columns.split(", ")).stream()
        .map(c -> "coalesce(" + c + "::text, 'null')").collect(Collectors.joining(", ")) + ")";
    return jdbi.withHandle(h -> h.createQuery("SELECT " + row + " FROM " + table + " t ORDER BY " + order)
        .mapTo(String.class).list());
  }

  private static List<Observation> generate(Random random) {
    List<Observation> days = new ArrayList<>();
    for (String station : List.of("USC00110072", "USC00110187")) {
      for (LocalDate date = LocalDate.of(1985, 1, 1); date.getYear() <= 2010; date = date.plusDays(1)) {
        boolean missingMonth = station.endsWith("187") && date.getYear() == 1990 && date.getMonthValue() == 3;
        boolean sparseMonth = date.getMonthValue() == 2 && date.getDayOfMonth() <= 6 + date.getYear() % 2;
        if (missingMonth || sparseMonth || random.nextInt(100) < 2) {
          continue;
        }
        int season = (int) (150 * Math.sin((date.getDayOfYear() - 100) * 2 * Math.PI / 365));
        int max = Math.min(400, 150 + season + random.nextInt(200) - 100);
        int min = Math.max(-400, max - random.nextInt(180));
        int rain = random.nextInt(100);
        Integer precipitation = rain >= 97 ? null
            : Integer.valueOf(rain < 55 ? 0 : rain < 70 ? 1 + random.nextInt(9) : random.nextInt(400));
        days.add(day(station, date.toString(), random.nextInt(100) < 3 ? null : max,
            random.nextInt(100) < 3 ? null : min, precipitation));
      }
    }
    return days;
  }
}
