package io.weatherdata.domain.agronomy;

import io.weatherdata.domain.station.StationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one station-month was from its normal: value − normal per measure, and precipitation as a percentage
 * of normal (2 decimals). Absent where the month's value does not count ({@link MonthlyStats#MAX_MISSING_DAYS})
 * or the normal is absent; the percentage also where the normal is 0.
 */
public record MonthlyAnomaly(
    StationId station,
    YearMonth month,
    Optional<BigDecimal> maxTempAnomalyC,
    Optional<BigDecimal> minTempAnomalyC,
    Optional<BigDecimal> precipitationAnomalyMm,
    Optional<BigDecimal> precipitationPctOfNormal) {

  public static final int PERCENT_SCALE = 2;

  public MonthlyAnomaly {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(maxTempAnomalyC, "maxTempAnomalyC");
    Objects.requireNonNull(minTempAnomalyC, "minTempAnomalyC");
    Objects.requireNonNull(precipitationAnomalyMm, "precipitationAnomalyMm");
    Objects.requireNonNull(precipitationPctOfNormal, "precipitationPctOfNormal");
  }

  /** The month against its normal; absent when none of its measures counts. */
  public static Optional<MonthlyAnomaly> of(MonthlyStats month, Optional<MonthlyNormal> normal) {
    if (month.countedMaxTempC().isEmpty() && month.countedMinTempC().isEmpty()
        && month.countedPrecipitationMm().isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> precipitationNormal = normal.flatMap(MonthlyNormal::normalPrecipitationMm);
    return Optional.of(new MonthlyAnomaly(month.station(), month.month(),
        difference(month.countedMaxTempC(), normal.flatMap(MonthlyNormal::normalMaxTempC)),
        difference(month.countedMinTempC(), normal.flatMap(MonthlyNormal::normalMinTempC)),
        difference(month.countedPrecipitationMm(), precipitationNormal),
        month.countedPrecipitationMm().flatMap(value -> precipitationNormal.filter(n -> n.signum() != 0).map(n ->
            value.multiply(BigDecimal.valueOf(100)).divide(n, PERCENT_SCALE, RoundingMode.HALF_UP)))));
  }

  private static Optional<BigDecimal> difference(Optional<BigDecimal> value, Optional<BigDecimal> normal) {
    return value.flatMap(v -> normal.map(v::subtract));
  }
}
