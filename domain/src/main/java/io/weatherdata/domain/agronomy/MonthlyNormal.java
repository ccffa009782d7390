package io.weatherdata.domain.agronomy;

import io.weatherdata.domain.station.StationId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A station's normal for one calendar month over the {@link NormalsRule#BASELINE}: the mean over baseline years
 * of the monthly value, counting a year only when the month misses the measure on at most 5 days; absent unless
 * at least 20 years count. Not WMO climate normals (those need 1991–2020 and WMO's completeness rules).
 */
public record MonthlyNormal(
    StationId station,
    int month,
    Optional<BigDecimal> normalMaxTempC,
    Optional<BigDecimal> normalMinTempC,
    Optional<BigDecimal> normalPrecipitationMm,
    int yearsMaxTemp,
    int yearsMinTemp,
    int yearsPrecipitation) {

  public MonthlyNormal {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(normalMaxTempC, "normalMaxTempC");
    Objects.requireNonNull(normalMinTempC, "normalMinTempC");
    Objects.requireNonNull(normalPrecipitationMm, "normalPrecipitationMm");
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("a month is 1 to 12, not " + month);
    }
  }
}
