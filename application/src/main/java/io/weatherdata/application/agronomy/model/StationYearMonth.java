package io.weatherdata.application.agronomy.model;

import io.weatherdata.domain.station.StationId;
import java.time.YearMonth;
import java.util.Objects;

/** A station in one month of one year: the key of the monthly listings. */
public record StationYearMonth(StationId station, YearMonth month) {
  public StationYearMonth {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(month, "month");
  }
}
