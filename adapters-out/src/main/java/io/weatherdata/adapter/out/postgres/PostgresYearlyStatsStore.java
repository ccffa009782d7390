package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.port.out.YearlyStatsPort;
import org.jdbi.v3.core.Jdbi;

/**
 * Yearly statistics computed by SQL over {@code observations}, the same rule as the domain's
 * {@code YearlyStatsRule}: AVG and SUM skip NULLs (missing days), and yield NULL when no day has a value.
 */
public final class PostgresYearlyStatsStore implements YearlyStatsPort {
  private static final String COLUMNS = """
      (station_id, year, avg_max_temp_c, avg_min_temp_c, total_precipitation_cm, days_observed, days_with_max_temp,
       days_with_min_temp, days_with_precipitation, first_date, last_date, computed_at)
      """;

  private static final String STATS = """
      round(avg(o.max_temp_c), 6), round(avg(o.min_temp_c), 6), sum(o.precipitation_mm) / 10,
      count(*), count(o.max_temp_c), count(o.min_temp_c), count(o.precipitation_mm), min(o.date), max(o.date), now()
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

  private static final String RECOMPUTE_TOUCHED = """
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

  private static final String RECOMPUTE_ALL = """
      INSERT INTO yearly_stats %s
      SELECT o.station_id, extract(year FROM o.date)::integer, %s
      FROM observations o
      GROUP BY 1, 2
      %s
      """.formatted(COLUMNS, STATS, UPSERT_TAIL);

  private final Jdbi jdbi;

  public PostgresYearlyStatsStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public int recomputeTouched() {
    return jdbi.inTransaction(h -> {
      IngestionLock.acquireForTransaction(h);
      return h.execute(RECOMPUTE_TOUCHED);
    });
  }

  @Override
  public int recomputeAll() {
    return jdbi.inTransaction(h -> {
      IngestionLock.acquireForTransaction(h);
      h.execute("DELETE FROM pending_yearly_stats");
      return h.execute(RECOMPUTE_ALL);
    });
  }
}
