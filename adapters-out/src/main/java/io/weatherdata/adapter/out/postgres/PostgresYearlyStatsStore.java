package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.analysis.port.out.SaveStatisticsPort;
import org.jdbi.v3.core.Jdbi;

/**
 * Yearly statistics computed by SQL over {@code observations}, the same rule as the domain's
 * {@code YearlyStatsRule}: AVG and SUM skip NULLs (missing days), and yield NULL when no day has a value.
 */
public final class PostgresYearlyStatsStore implements SaveStatisticsPort {
  private static final String COLUMNS = """
      (station_id, year, avg_max_temp_c, avg_min_temp_c, total_precipitation_cm, days_observed, days_with_max_temp,
       days_with_min_temp, days_with_precipitation, first_date, last_date, computed_at)
      """;

  private static final String STATS = """
      round(avg(o.max_temp_c), 6) AS avg_max_temp_c, round(avg(o.min_temp_c), 6) AS avg_min_temp_c,
      sum(o.precipitation_mm) / 10 AS total_precipitation_cm, count(*) AS days_observed,
      count(o.max_temp_c) AS days_with_max_temp, count(o.min_temp_c) AS days_with_min_temp,
      count(o.precipitation_mm) AS days_with_precipitation, min(o.date) AS first_date, max(o.date) AS last_date,
      now() AS computed_at
      """;

  private static final String UPSERT_TAIL = """
      ON CONFLICT (station_id, year) DO UPDATE
        SET avg_max_temp_c = excluded.avg_max_temp_c,
            avg_min_temp_c = excluded.avg_min_temp_c,
            total_precipitation_cm = excluded.total_precipitation_cm,
            days_observed = excluded.days_observed,
            days_with_max_temp = excluded.days_with_max_temp,
            days_with_min_temp = excluded.days_with_min_temp,
            days_with_precipitation = excluded.days_with_precipitation,
            first_date = excluded.first_date,
            last_date = excluded.last_date,
            computed_at = excluded.computed_at
      """;

  private static final String RECOMPUTE_PENDING = """
      WITH touched AS (DELETE FROM pending_yearly_stats RETURNING station_id, year)
      INSERT INTO yearly_stats %s
      SELECT t.station_id, t.year, %s
      FROM touched t
      JOIN observations o
        ON o.station_id = t.station_id
       AND o.date >= make_date(t.year, 1, 1) AND o.date < make_date(t.year + 1, 1, 1)
      GROUP BY t.station_id, t.year
      %s
      """.formatted(COLUMNS, STATS, UPSERT_TAIL);

  /** Aggregated into a temporary table first: PostgreSQL runs that in parallel, an INSERT … SELECT it would not. */
  private static final String COMPUTE_ALL = """
      CREATE TEMPORARY TABLE yearly_stats_all ON COMMIT DROP AS
      SELECT o.station_id, extract(year FROM o.date)::integer AS year, %s
      FROM observations o
      GROUP BY 1, 2
      """.formatted(STATS);

  private static final String STORE_ALL = """
      INSERT INTO yearly_stats %s
      SELECT * FROM yearly_stats_all
      %s
      """.formatted(COLUMNS, UPSERT_TAIL);

  private final Jdbi jdbi;

  public PostgresYearlyStatsStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public int recomputePending() {
    return jdbi.inTransaction(h -> {
      PostgresIngestionLock.acquireForTransaction(h);
      return h.execute(RECOMPUTE_PENDING);
    });
  }

  @Override
  public int recomputeAll() {
    return jdbi.inTransaction(h -> {
      PostgresIngestionLock.acquireForTransaction(h);
      h.execute("DELETE FROM pending_yearly_stats");
      h.execute(COMPUTE_ALL);
      return h.execute(STORE_ALL);
    });
  }
}
