package io.weatherdata.application.query.model;

import io.weatherdata.domain.station.StationId;
import java.util.Objects;
import java.util.Optional;

/** Where a station stands in its listing: its distance (in a search near a point), then its id. */
public record StationPosition(Optional<Double> distanceKm, StationId station) {
  public StationPosition {
    Objects.requireNonNull(distanceKm, "distanceKm");
    Objects.requireNonNull(station, "station");
  }
}
