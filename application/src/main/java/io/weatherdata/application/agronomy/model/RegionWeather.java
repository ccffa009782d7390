package io.weatherdata.application.agronomy.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A year's growing-season weather over a region's stations: each variable the mean over the stations whose season
 * is complete enough for it (June–August max temperature or precipitation on at least 83 of 92 days; April–October
 * GDD on at least 193 of 214 days), with how many stations that is; absent when none is.
 */
public record RegionWeather(
    Optional<BigDecimal> jjaAvgMaxTempC, int stationsMaxTemp,
    Optional<BigDecimal> jjaTotalPrecipitationMm, int stationsPrecipitation,
    Optional<BigDecimal> gddAprOct, int stationsGdd) {
  public static final int MIN_JJA_DAYS = 83;
  public static final int MIN_GDD_DAYS = 193;

  public RegionWeather {
    Objects.requireNonNull(jjaAvgMaxTempC, "jjaAvgMaxTempC");
    Objects.requireNonNull(jjaTotalPrecipitationMm, "jjaTotalPrecipitationMm");
    Objects.requireNonNull(gddAprOct, "gddAprOct");
  }
}
