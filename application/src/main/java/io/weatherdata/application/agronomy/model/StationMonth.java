package io.weatherdata.application.agronomy.model;

import io.weatherdata.domain.station.StationId;
import java.util.Objects;

/** A station and a calendar month (1–12): the key of the normals. */
public record StationMonth(StationId station, int month) {
  public StationMonth {
    Objects.requireNonNull(station, "station");
  }
}
