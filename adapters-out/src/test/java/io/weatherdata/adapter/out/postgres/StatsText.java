package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.stats.YearlyStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Yearly statistics as comparable text, {@code "USC00110072 1985 15.334795 4.326446 78.01"} ({@code null} where
 * absent), from the domain rule or from the table: tests compare the two exactly.
 */
public final class StatsText {
  private StatsText() {}

  public static String of(YearlyStats s) {
    return String.join(" ", s.stationYear().station().value(), String.valueOf(s.stationYear().year()),
        plain(s.averageMaxTemperatureCelsius()), plain(s.averageMinTemperatureCelsius()),
        plain(s.totalPrecipitationCentimetres()));
  }

  /** Every row of {@code yearly_stats}, in key order. */
  public static List<String> stored(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT concat_ws(' ', station_id, year, coalesce(avg_max_temp_c::text, 'null'),
                   coalesce(avg_min_temp_c::text, 'null'), coalesce(total_precipitation_cm::text, 'null'))
            FROM yearly_stats ORDER BY station_id, year""")
        .mapTo(String.class).list());
  }

  private static String plain(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("null");
  }
}
