package io.weatherdata.domain.agronomy;

import io.weatherdata.domain.station.StationId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One station's calendar month: averages and sums over the days that have the measure (absent when none has
 * it), and how many days had each. A day is missing for a measure when its value is missing or the station has
 * no line for that date, so {@code daysInMonth} is the calendar's.
 */
public record MonthlyStats(
    StationId station,
    YearMonth month,
    Optional<BigDecimal> avgMaxTempC,
    Optional<BigDecimal> avgMinTempC,
    Optional<BigDecimal> totalPrecipitationMm,
    Optional<BigDecimal> gdd,
    int daysWithMaxTemp,
    int daysWithMinTemp,
    int daysWithPrecipitation,
    int daysWithGdd) {

  /** A month counts towards normals and anomalies for a measure when at most this many of its days miss it. */
  public static final int MAX_MISSING_DAYS = 5;

  public MonthlyStats {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(avgMaxTempC, "avgMaxTempC");
    Objects.requireNonNull(avgMinTempC, "avgMinTempC");
    Objects.requireNonNull(totalPrecipitationMm, "totalPrecipitationMm");
    Objects.requireNonNull(gdd, "gdd");
  }

  public int daysInMonth() {
    return month.lengthOfMonth();
  }

  public Optional<BigDecimal> countedMaxTempC() {
    return counted(avgMaxTempC, daysWithMaxTemp);
  }

  public Optional<BigDecimal> countedMinTempC() {
    return counted(avgMinTempC, daysWithMinTemp);
  }

  public Optional<BigDecimal> countedPrecipitationMm() {
    return counted(totalPrecipitationMm, daysWithPrecipitation);
  }

  private Optional<BigDecimal> counted(Optional<BigDecimal> value, int days) {
    return daysInMonth() - days <= MAX_MISSING_DAYS ? value : Optional.empty();
  }
}
