package io.weatherdata.domain.agronomy;

import io.weatherdata.domain.observation.Observation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Growing degree days for corn, the 86/50 °F method in °C: both temperatures are clamped to 10–30 °C, and the
 * day's GDD is their mean minus 10. A day missing either temperature has none. Exact, in hundredths.
 */
public final class GrowingDegreeDays {
  /** Decimal places of a GDD value: the mean of two tenths is exact in hundredths. */
  public static final int SCALE = 2;
  public static final int BASE_TENTHS = 100;
  public static final int CAP_TENTHS = 300;

  private GrowingDegreeDays() {}

  public static Optional<BigDecimal> of(Observation day) {
    return hundredths(day).map(h -> BigDecimal.valueOf(h, SCALE));
  }

  static Optional<Integer> hundredths(Observation day) {
    if (day.maxTemperature().isEmpty() || day.minTemperature().isEmpty()) {
      return Optional.empty();
    }
    int sumTenths = clamp(day.maxTemperature().get().tenthsCelsius())
        + clamp(day.minTemperature().get().tenthsCelsius());
    return Optional.of(sumTenths * 5 - BASE_TENTHS * 10);
  }

  private static int clamp(int tenths) {
    return Math.min(Math.max(tenths, BASE_TENTHS), CAP_TENTHS);
  }
}
