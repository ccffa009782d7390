package io.weatherdata.domain.observation;

import java.math.BigDecimal;

/** A daily precipitation amount held exactly as an integer number of tenths of a millimetre. */
public record Precipitation(int tenthsMillimetre) {
  /** 2,000 mm in a day is above the world record (1,825 mm); anything more is a data error. */
  public static final int MAX_TENTHS = 20_000;

  public Precipitation {
    if (tenthsMillimetre < 0 || tenthsMillimetre > MAX_TENTHS) {
      throw new IllegalArgumentException(
          "precipitation must be between 0 and 2000.0 mm, got " + BigDecimal.valueOf(tenthsMillimetre, 1) + " mm");
    }
  }

  public static Precipitation ofTenthsMillimetre(int tenths) {
    return new Precipitation(tenths);
  }

  public BigDecimal millimetres() {
    return BigDecimal.valueOf(tenthsMillimetre, 1);
  }

  public BigDecimal centimetres() {
    return BigDecimal.valueOf(tenthsMillimetre, 2);
  }
}
