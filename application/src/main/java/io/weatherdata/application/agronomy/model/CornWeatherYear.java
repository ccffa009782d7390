package io.weatherdata.application.agronomy.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A production year against the trend: {@code trendKt} is the ordinary-least-squares line of production on year
 * over all years present, {@code departurePct} = 100 × (production − trend) / trend (both 3 decimals).
 */
public record CornWeatherYear(ProductionYear production, BigDecimal trendKt, BigDecimal departurePct) {
  public static final int SCALE = 3;

  public CornWeatherYear {
    Objects.requireNonNull(production, "production");
    Objects.requireNonNull(trendKt, "trendKt");
    Objects.requireNonNull(departurePct, "departurePct");
  }
}
