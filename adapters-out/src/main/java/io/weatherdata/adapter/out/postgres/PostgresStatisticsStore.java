package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.analysis.port.out.SaveStatisticsPort;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Every statistic derived from {@code observations}, computed by SQL with the domain's rules ({@code
 * YearlyStatsRule}, {@code MonthlyStatsRule}, {@code SeasonRule}, {@code NormalsRule}): AVG and SUM skip NULLs
 * (missing days) and yield NULL when no day has a value. Each table is aggregated into a temporary table first
 * (PostgreSQL runs that in parallel, an INSERT … SELECT it would not), then upserted; all in one transaction.
 */
public final class PostgresStatisticsStore implements SaveStatisticsPort {
  /** The observations of the station-years in {@code touched}, or all of them. */
  private static final String TOUCHED = """
      touched t JOIN observations o
        ON o.station_id = t.station_id
       AND o.date >= make_date(t.year, 1, 1) AND o.date < make_date(t.year + 1, 1, 1)""";
  private static final String ALL = "observations o";

  /** Growing degree days of a day (86/50 °F in °C); GREATEST and LEAST ignore NULLs, hence the guard. */
  private static final String GDD = """
      CASE WHEN o.max_temp_c IS NOT NULL AND o.min_temp_c IS NOT NULL
           THEN (least(greatest(o.max_temp_c, 10), 30) + least(greatest(o.min_temp_c, 10), 30)) / 2 - 10 END""";

  private record Derived(String table, List<String> key, String select) {
    String compute(String source) {
      return "CREATE TEMPORARY TABLE new_" + table + " ON COMMIT DROP AS " + select.replace("{source}", source);
    }

    String store(List<String> columns) {
      String names = String.join(", ", columns);
      String updates = columns.stream().filter(c -> !key.contains(c)).map(c -> c + " = excluded." + c)
          .collect(Collectors.joining(", "));
      return "INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM new_" + table
          + " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET " + updates;
    }
  }

  private static final Derived YEARLY = new Derived("yearly_stats", List.of("station_id", "year"), """
      SELECT o.station_id, extract(year FROM o.date)::integer AS year,
             round(avg(o.max_temp_c), 6) AS avg_max_temp_c, round(avg(o.min_temp_c), 6) AS avg_min_temp_c,
             sum(o.precipitation_mm) / 10 AS total_precipitation_cm, count(*) AS days_observed,
             count(o.max_temp_c) AS days_with_max_temp, count(o.min_temp_c) AS days_with_min_temp,
             count(o.precipitation_mm) AS days_with_precipitation, min(o.date) AS first_date,
             max(o.date) AS last_date, now() AS computed_at
      FROM {source}
      GROUP BY 1, 2""");

  private static final Derived MONTHLY = new Derived("monthly_stats", List.of("station_id", "year", "month"), """
      SELECT o.station_id, extract(year FROM o.date)::integer AS year, extract(month FROM o.date)::smallint AS month,
             round(avg(o.max_temp_c), 6) AS avg_max_temp_c, round(avg(o.min_temp_c), 6) AS avg_min_temp_c,
             sum(o.precipitation_mm) AS total_precipitation_mm, sum(%1$s) AS gdd,
             extract(day FROM date_trunc('month', min(o.date)) + interval '1 month - 1 day')::smallint
               AS days_in_month,
             count(o.max_temp_c) AS days_with_max_temp, count(o.min_temp_c) AS days_with_min_temp,
             count(o.precipitation_mm) AS days_with_precipitation, count(%1$s) AS days_with_gdd
      FROM {source}
      GROUP BY 1, 2, 3""".formatted(GDD));

  /** A dry spell is an island of consecutive dry dates: date minus its rank among the dry days is constant. */
  private static final Derived SEASONS = new Derived("season_stats", List.of("station_id", "year"), """
      WITH days AS (
        SELECT o.station_id, extract(year FROM o.date)::integer AS year, extract(month FROM o.date)::integer AS month,
               o.date, o.max_temp_c, o.min_temp_c, o.precipitation_mm, %s AS gdd
        FROM {source}
      ), spells AS (
        SELECT station_id, year, count(*) AS days
        FROM (SELECT station_id, year,
                     date - (row_number() OVER (PARTITION BY station_id, year ORDER BY date))::integer AS island
              FROM days WHERE precipitation_mm < 1.0) dry
        GROUP BY station_id, year, island
      ), longest AS (
        SELECT station_id, year, max(days) AS days FROM spells GROUP BY station_id, year
      )
      SELECT d.station_id, d.year,
             sum(d.gdd) FILTER (WHERE d.month BETWEEN 4 AND 10) AS gdd_apr_oct,
             count(d.gdd) FILTER (WHERE d.month BETWEEN 4 AND 10) AS gdd_days,
             count(*) FILTER (WHERE d.max_temp_c >= 30) AS hot_days_30,
             count(*) FILTER (WHERE d.max_temp_c >= 35) AS hot_days_35,
             max(d.date) FILTER (WHERE d.min_temp_c <= 0 AND d.month < 7) AS last_spring_frost,
             min(d.date) FILTER (WHERE d.min_temp_c <= 0 AND d.month >= 7) AS first_fall_frost,
             min(d.date) FILTER (WHERE d.min_temp_c <= 0 AND d.month >= 7)
               - max(d.date) FILTER (WHERE d.min_temp_c <= 0 AND d.month < 7) - 1 AS frost_free_days,
             count(*) FILTER (WHERE d.precipitation_mm >= 25.4) AS heavy_rain_days,
             coalesce(l.days, 0) AS longest_dry_spell_days,
             round(avg(d.max_temp_c) FILTER (WHERE d.month BETWEEN 6 AND 8), 6) AS jja_avg_max_temp_c,
             sum(d.precipitation_mm) FILTER (WHERE d.month BETWEEN 6 AND 8) AS jja_total_precipitation_mm,
             count(d.max_temp_c) FILTER (WHERE d.month BETWEEN 6 AND 8) AS jja_days_with_max_temp,
             count(d.precipitation_mm) FILTER (WHERE d.month BETWEEN 6 AND 8) AS jja_days_with_precipitation
      FROM days d
      LEFT JOIN longest l ON l.station_id = d.station_id AND l.year = d.year
      GROUP BY d.station_id, d.year, l.days""".formatted(GDD));

  /** Normals of the stations whose months changed ({@code {stations}}); the rule is {@code NormalsRule}. */
  private static final Derived NORMALS = new Derived("monthly_normals", List.of("station_id", "month"), """
      SELECT station_id, month,
             %s, %s, %s
      FROM monthly_stats
      WHERE year BETWEEN 1985 AND 2014 AND {source}
      GROUP BY station_id, month""".formatted(normal("max_temp", "avg_max_temp_c"),
      normal("min_temp", "avg_min_temp_c"), normal("precipitation", "total_precipitation_mm")));

  private static String normal(String measure, String value) {
    String counts = "FILTER (WHERE days_in_month - days_with_" + measure + " <= 5)";
    String column = value.replace("avg_", "normal_").replace("total_", "normal_");
    return "CASE WHEN count(*) %1$s >= 20 THEN round(avg(%2$s) %1$s, 6) END AS %3$s, count(*) %1$s AS years_%4$s"
        .formatted(counts, value, column, measure);
  }

  private static final List<String> YEARLY_COLUMNS = List.of("station_id", "year", "avg_max_temp_c", "avg_min_temp_c",
      "total_precipitation_cm", "days_observed", "days_with_max_temp", "days_with_min_temp", "days_with_precipitation",
      "first_date", "last_date", "computed_at");
  private static final List<String> MONTHLY_COLUMNS = List.of("station_id", "year", "month", "avg_max_temp_c",
      "avg_min_temp_c", "total_precipitation_mm", "gdd", "days_in_month", "days_with_max_temp", "days_with_min_temp",
      "days_with_precipitation", "days_with_gdd");
  private static final List<String> SEASON_COLUMNS = List.of("station_id", "year", "gdd_apr_oct", "gdd_days",
      "hot_days_30", "hot_days_35", "last_spring_frost", "first_fall_frost", "frost_free_days", "heavy_rain_days",
      "longest_dry_spell_days", "jja_avg_max_temp_c", "jja_total_precipitation_mm", "jja_days_with_max_temp",
      "jja_days_with_precipitation");
  private static final List<String> NORMAL_COLUMNS = List.of("station_id", "month", "normal_max_temp_c",
      "years_max_temp", "normal_min_temp_c", "years_min_temp", "normal_precipitation_mm", "years_precipitation");

  private final Jdbi jdbi;

  public PostgresStatisticsStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public int recomputePending() {
    return jdbi.inTransaction(h -> {
      PostgresIngestionLock.acquireForTransaction(h);
      h.execute("""
          CREATE TEMPORARY TABLE touched ON COMMIT DROP AS
          WITH marked AS (DELETE FROM pending_yearly_stats RETURNING station_id, year) SELECT * FROM marked""");
      return computeFrom(h, TOUCHED, "station_id IN (SELECT station_id FROM touched)");
    });
  }

  @Override
  public int recomputeAll() {
    return jdbi.inTransaction(h -> {
      PostgresIngestionLock.acquireForTransaction(h);
      h.execute("DELETE FROM pending_yearly_stats");
      return computeFrom(h, ALL, "true");
    });
  }

  /** Returns how many station-years were written. */
  private static int computeFrom(Handle h, String observations, String stations) {
    int stationYears = derive(h, YEARLY, observations, YEARLY_COLUMNS);
    derive(h, MONTHLY, observations, MONTHLY_COLUMNS);
    derive(h, SEASONS, observations, SEASON_COLUMNS);
    derive(h, NORMALS, stations, NORMAL_COLUMNS);
    return stationYears;
  }

  private static int derive(Handle h, Derived derived, String source, List<String> columns) {
    h.execute(derived.compute(source));
    return h.execute(derived.store(columns));
  }
}
