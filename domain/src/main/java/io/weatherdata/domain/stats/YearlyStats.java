package io.weatherdata.domain.stats;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Statistics of one station-year. Each is absent when no day of the year had that measurement: absent is
 * "cannot be computed", never zero.
 */
public record YearlyStats(
    StationYear stationYear,
    Optional<BigDecimal> averageMaxTemperatureCelsius,
    Optional<BigDecimal> averageMinTemperatureCelsius,
    Optional<BigDecimal> totalPrecipitationCentimetres) {

  /** Decimal places kept in the averages (rounded half away from zero); totals are exact. */
  public static final int AVERAGE_SCALE = 6;

  public YearlyStats {
    Objects.requireNonNull(stationYear, "stationYear");
    Objects.requireNonNull(averageMaxTemperatureCelsius, "averageMaxTemperatureCelsius");
    Objects.requireNonNull(averageMinTemperatureCelsius, "averageMinTemperatureCelsius");
    Objects.requireNonNull(totalPrecipitationCentimetres, "totalPrecipitationCentimetres");
  }
}
