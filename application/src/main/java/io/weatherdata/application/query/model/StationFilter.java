package io.weatherdata.application.query.model;

import io.weatherdata.domain.station.BoundingBox;
import io.weatherdata.domain.station.Proximity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stations the catalogue lists: of some states (none listed: all), inside a box, near a point (then
 * ordered by distance). Stations without an entry in the station list have no state or place, so any of these
 * filters leaves them out. Keys the listing totals and scopes the page cursors.
 */
public record StationFilter(List<String> states, Optional<BoundingBox> within, Optional<Proximity> near) {
  public StationFilter {
    states = List.copyOf(Objects.requireNonNull(states, "states"));
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(near, "near");
  }

  public static StationFilter all() {
    return new StationFilter(List.of(), Optional.empty(), Optional.empty());
  }
}
