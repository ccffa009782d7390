package io.weatherdata.application.agronomy.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A year with corn production (kt) and its region's growing-season weather. */
public record ProductionYear(int year, BigDecimal productionKt, RegionWeather weather) {
  public ProductionYear {
    Objects.requireNonNull(productionKt, "productionKt");
    Objects.requireNonNull(weather, "weather");
  }
}
