package io.weatherdata.domain.corn;

import java.math.BigDecimal;

/** US corn grain production in one year, held exactly in thousands of metric tons (kt). */
public record CornProduction(int year, BigDecimal productionKt) {
  public static final int MIN_YEAR = 1800;
  public static final int MAX_YEAR = 2200;

  public CornProduction {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "a production year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", got " + year);
    }
    if (productionKt == null) {
      throw new IllegalArgumentException("a corn production amount is required");
    }
    if (productionKt.signum() < 0) {
      throw new IllegalArgumentException(
          "corn production must not be negative, got " + productionKt.toPlainString() + " kt");
    }
  }
}
