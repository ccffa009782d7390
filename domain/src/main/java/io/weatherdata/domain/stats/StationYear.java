package io.weatherdata.domain.stats;

import io.weatherdata.domain.station.StationId;
import java.util.Objects;

/** One station in one calendar year: the unit yearly statistics are computed for. */
public record StationYear(StationId station, int year) {
  public StationYear {
    Objects.requireNonNull(station, "station");
  }
}
