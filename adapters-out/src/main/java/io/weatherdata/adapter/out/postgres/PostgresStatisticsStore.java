package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.analysis.port.out.SaveStatisticsPort;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Every statistic derived from the observations' monthly sums ({@code observation_months}, kept by ingestion),
 * computed by SQL with the domain's rules ({@code YearlyStatsRule}, {@code MonthlyStatsRule}, {@code SeasonRule},
 * {@code NormalsRule}): AVG and SUM skip NULLs
 * (missing days) and yield NULL when no day has a value. Each table is aggregated into a temporary table first
 * (PostgreSQL runs that in parallel, an INSERT … SELECT it would not), then upserted, skipping rows that did not
 * change (or inserted, into a table still empty); all in one transaction.
 */
public final class PostgresStatisticsStore implements SaveStatisticsPort {
  /** The months of the station-years in {@code touched}, or all of them. */
  private static final String TOUCHED = """
      touched t JOIN observation_months m
        ON m.station_id = t.station_id
       AND m.month_start >= make_date(t.year, 1, 1) AND m.month_start < make_date(t.year + 1, 1, 1)""";
  private static final String ALL = "observation_months m";

  private record Derived(String table, List<String> key, String select) {
    String compute(String source) {
      return "CREATE TEMPORARY TABLE new_" + table + " ON COMMIT DROP AS " + select.replace("{source}", source);
    }

    /** Into an empty table (a first load), a plain insert: the upsert's conflict checks cost 1.8x its time. */
    String store(List<String> columns, boolean empty) {
      String names = String.join(", ", columns);
      String insert = "INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM new_" + table;
      if (empty) {
        return insert;
      }
      List<String> values = columns.stream().filter(c -> !key.contains(c)).toList();
      return insert + " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET "
          + values.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "))
          + " WHERE (" + qualified(table, values) + ") IS DISTINCT FROM (" + qualified("excluded", values) + ")";
    }

    private static String qualified(String table, List<String> columns) {
      return columns.stream().map(c -> table + "." + c).collect(Collectors.joining(", "));
    }
  }

  /**
   * The months to derive from ({@code observation_months}, see {@link ObservationMonths}), with their year, month
   * and growing degree days: summed as the clamped temperatures, (Σ clamp(max) + Σ clamp(min)) / 2 − 10 × days,
   * which is exact and spares a division per day. Everything is computed from these ~57,000 rows, not from the 1.7
   * million days.
   */
  private static final String MONTH_PARTS = """
      CREATE TEMPORARY TABLE month_parts ON COMMIT DROP AS
      SELECT m.*, extract(year FROM m.month_start)::integer AS year,
             extract(month FROM m.month_start)::integer AS month, m.clamped_sum / 2 - 10 * m.n_gdd AS gdd
      FROM {source}""";

  /** {@code analyze --all}: the months summed again from every stored day (a parallel pass). */
  private static final String RESUM_ALL = """
      CREATE TEMPORARY TABLE all_months ON COMMIT DROP AS SELECT * FROM %s;
      DELETE FROM observation_months;
      INSERT INTO observation_months SELECT * FROM all_months""".formatted(ObservationMonths.SUMS);

  private static final Derived YEARLY = new Derived("yearly_stats", List.of("station_id", "year"), """
      SELECT station_id, year,
             round(sum(sum_max) / nullif(sum(n_max), 0), 6) AS avg_max_temp_c,
             round(sum(sum_min) / nullif(sum(n_min), 0), 6) AS avg_min_temp_c,
             sum(sum_precipitation) / 10 AS total_precipitation_cm, sum(days) AS days_observed,
             sum(n_max) AS days_with_max_temp, sum(n_min) AS days_with_min_temp,
             sum(n_precipitation) AS days_with_precipitation, min(first_date) AS first_date,
             max(last_date) AS last_date, now() AS computed_at
      FROM month_parts
      GROUP BY station_id, year""");

  private static final Derived MONTHLY = new Derived("monthly_stats", List.of("station_id", "year", "month"), """
      SELECT station_id, year, month,
             round(sum_max / nullif(n_max, 0), 6) AS avg_max_temp_c,
             round(sum_min / nullif(n_min, 0), 6) AS avg_min_temp_c,
             sum_precipitation AS total_precipitation_mm, gdd,
             extract(day FROM make_date(year, month, 1) + interval '1 month - 1 day')::smallint AS days_in_month,
             n_max AS days_with_max_temp, n_min AS days_with_min_temp, n_precipitation AS days_with_precipitation,
             n_gdd AS days_with_gdd
      FROM month_parts""");

  /**
   * The longest dry spell: the month bitmaps shifted to their day of the year and OR-ed give the year's dry days as
   * one string of 0 and 1 (a day without a line is a 0), whose longest run of 1s it is.
   */
  private static final Derived SEASONS = new Derived("season_stats", List.of("station_id", "year"), """
      SELECT s.*, (SELECT coalesce(max(length(run)), 0) FROM unnest(string_to_array(s.dry_days::text, '0')) run)
                    AS longest_dry_spell_days
      FROM (
        SELECT station_id, year,
               sum(gdd) FILTER (WHERE month BETWEEN 4 AND 10) AS gdd_apr_oct,
               coalesce(sum(n_gdd) FILTER (WHERE month BETWEEN 4 AND 10), 0) AS gdd_days,
               sum(hot_30) AS hot_days_30, sum(hot_35) AS hot_days_35,
               max(last_frost) FILTER (WHERE month < 7) AS last_spring_frost,
               min(first_frost) FILTER (WHERE month >= 7) AS first_fall_frost,
               min(first_frost) FILTER (WHERE month >= 7) - max(last_frost) FILTER (WHERE month < 7) - 1
                 AS frost_free_days,
               sum(heavy_rain) AS heavy_rain_days,
               round(sum(sum_max) FILTER (WHERE month BETWEEN 6 AND 8)
                     / nullif(sum(n_max) FILTER (WHERE month BETWEEN 6 AND 8), 0), 6) AS jja_avg_max_temp_c,
               sum(sum_precipitation) FILTER (WHERE month BETWEEN 6 AND 8) AS jja_total_precipitation_mm,
               coalesce(sum(n_max) FILTER (WHERE month BETWEEN 6 AND 8), 0) AS jja_days_with_max_temp,
               coalesce(sum(n_precipitation) FILTER (WHERE month BETWEEN 6 AND 8), 0) AS jja_days_with_precipitation,
               bit_or(dry_days::bit(366) >> (extract(doy FROM month_start)::integer - 1)) AS dry_days
        FROM month_parts
        GROUP BY station_id, year) s""");

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

  /** Enough for {@code analyze --all}'s pass over every day to aggregate in memory (4 MB would spill to disk). */
  private static final String WORK_MEM = "128MB";

  private final Jdbi jdbi;

  public PostgresStatisticsStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public int recomputePending() {
    boolean anyPending = jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM pending_yearly_stats)")
        .mapTo(Boolean.class).one());
    if (!anyPending) {
      return 0; // an unchanged rerun: nothing to aggregate (a run that marks some later analyses them itself)
    }
    return jdbi.inTransaction(h -> {
      PostgresIngestionLock.acquireForTransaction(h);
      int marked = h.execute("""
          CREATE TEMPORARY TABLE touched ON COMMIT DROP AS
          WITH marked AS (DELETE FROM pending_yearly_stats RETURNING station_id, year) SELECT * FROM marked""");
      long stored = h.createQuery("SELECT count(*) FROM yearly_stats").mapTo(Long.class).one();
      if (2L * marked > stored) {
        // Most of the data changed (a first load, a backfill): one pass over every month beats joining the marks.
        return computeFrom(h, ALL, "true");
      }
      return computeFrom(h, TOUCHED, "station_id IN (SELECT station_id FROM touched)");
    });
  }

  @Override
  public int recomputeAll() {
    return jdbi.inTransaction(h -> {
      PostgresIngestionLock.acquireForTransaction(h);
      h.execute("DELETE FROM pending_yearly_stats");
      h.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
      h.createScript(RESUM_ALL).execute();
      return computeFrom(h, ALL, "true");
    });
  }

  /** Returns how many station-years were written. */
  private static int computeFrom(Handle h, String months, String stations) {
    h.execute(MONTH_PARTS.replace("{source}", months));
    int stationYears = derive(h, YEARLY, months, YEARLY_COLUMNS);
    derive(h, MONTHLY, months, MONTHLY_COLUMNS);
    derive(h, SEASONS, months, SEASON_COLUMNS);
    derive(h, NORMALS, stations, NORMAL_COLUMNS);
    return stationYears;
  }

  private static int derive(Handle h, Derived derived, String source, List<String> columns) {
    h.execute(derived.compute(source));
    // no one else writes the statistics while this transaction holds the ingestion lock
    boolean empty = h.createQuery("SELECT NOT EXISTS (SELECT 1 FROM " + derived.table() + ")").mapTo(Boolean.class)
        .one();
    return h.execute(derived.store(columns, empty));
  }
}
