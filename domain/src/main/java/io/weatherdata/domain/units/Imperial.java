package io.weatherdata.domain.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.UnaryOperator;

/**
 * Conversions of the stored metric values to US customary units: exact from the stored decimal, then rounded
 * half-up once, to 1 decimal for °F, 2 for inches and 0 for feet.
 */
public final class Imperial {
  private static final BigDecimal NINE_FIFTHS = new BigDecimal("1.8");
  private static final BigDecimal THIRTY_TWO = BigDecimal.valueOf(32);
  private static final BigDecimal MM_PER_INCH = new BigDecimal("25.4");
  private static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");
  private static final BigDecimal M_PER_FOOT = new BigDecimal("0.3048");
  /** Enough digits for any quotient here to be exact before the one rounding that counts. */
  private static final int WORKING_SCALE = 12;

  private Imperial() {}

  public static UnaryOperator<BigDecimal> fahrenheit() {
    return Imperial::fahrenheit;
  }

  public static UnaryOperator<BigDecimal> fahrenheitDifference() {
    return Imperial::fahrenheitDifference;
  }

  public static UnaryOperator<BigDecimal> inchesFromMillimetres() {
    return Imperial::inchesFromMillimetres;
  }

  public static UnaryOperator<BigDecimal> inchesFromCentimetres() {
    return Imperial::inchesFromCentimetres;
  }

  public static UnaryOperator<BigDecimal> feet() {
    return Imperial::feet;
  }

  public static BigDecimal fahrenheit(BigDecimal celsius) {
    return celsius.multiply(NINE_FIFTHS).add(THIRTY_TWO).setScale(1, RoundingMode.HALF_UP);
  }

  /** A temperature difference (an anomaly): no 32° offset. */
  public static BigDecimal fahrenheitDifference(BigDecimal celsius) {
    return celsius.multiply(NINE_FIFTHS).setScale(1, RoundingMode.HALF_UP);
  }

  public static BigDecimal inchesFromMillimetres(BigDecimal millimetres) {
    return millimetres.divide(MM_PER_INCH, WORKING_SCALE, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal inchesFromCentimetres(BigDecimal centimetres) {
    return centimetres.divide(CM_PER_INCH, WORKING_SCALE, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal feet(BigDecimal metres) {
    return metres.divide(M_PER_FOOT, WORKING_SCALE, RoundingMode.HALF_UP).setScale(0, RoundingMode.HALF_UP);
  }
}
