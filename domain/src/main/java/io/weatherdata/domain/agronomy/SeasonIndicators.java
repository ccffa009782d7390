package io.weatherdata.domain.agronomy;

import io.weatherdata.domain.stats.StationYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A station's growing season in one calendar year; the definitions are in {@link SeasonRule}. */
public record SeasonIndicators(
    StationYear stationYear,
    Optional<BigDecimal> gddAprOct,
    int gddDays,
    int hotDays30,
    int hotDays35,
    Optional<LocalDate> lastSpringFrost,
    Optional<LocalDate> firstFallFrost,
    int heavyRainDays,
    int longestDrySpellDays,
    Optional<BigDecimal> jjaAvgMaxTempC,
    Optional<BigDecimal> jjaTotalPrecipitationMm,
    int jjaDaysWithMaxTemp,
    int jjaDaysWithPrecipitation) {

  public SeasonIndicators {
    Objects.requireNonNull(stationYear, "stationYear");
    Objects.requireNonNull(gddAprOct, "gddAprOct");
    Objects.requireNonNull(lastSpringFrost, "lastSpringFrost");
    Objects.requireNonNull(firstFallFrost, "firstFallFrost");
    Objects.requireNonNull(jjaAvgMaxTempC, "jjaAvgMaxTempC");
    Objects.requireNonNull(jjaTotalPrecipitationMm, "jjaTotalPrecipitationMm");
  }

  /** Days strictly between the last spring frost and the first fall frost; absent unless both exist. */
  public Optional<Integer> frostFreeDays() {
    return lastSpringFrost.flatMap(spring -> firstFallFrost.map(fall ->
        (int) (fall.toEpochDay() - spring.toEpochDay() - 1)));
  }
}
