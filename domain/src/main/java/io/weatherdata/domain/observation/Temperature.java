package io.weatherdata.domain.observation;

import java.math.BigDecimal;

/** An air temperature held exactly as an integer number of tenths of a degree Celsius. */
public record Temperature(int tenthsCelsius) {
  public static final int MIN_TENTHS = -900;
  public static final int MAX_TENTHS = 600;

  public Temperature {
    if (tenthsCelsius < MIN_TENTHS || tenthsCelsius > MAX_TENTHS) {
      throw new IllegalArgumentException(
          "temperature must be between -90.0 and 60.0 °C, got " + BigDecimal.valueOf(tenthsCelsius, 1) + " °C");
    }
  }

  public static Temperature ofTenthsCelsius(int tenths) {
    return new Temperature(tenths);
  }

  public BigDecimal celsius() {
    return BigDecimal.valueOf(tenthsCelsius, 1);
  }
}
