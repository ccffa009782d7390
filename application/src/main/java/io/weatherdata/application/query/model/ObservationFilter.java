package io.weatherdata.application.query.model;

import io.weatherdata.domain.station.StationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which observations a listing holds: some stations (none listed: all), of some states (none listed: all; by
 * the station list), between two days (inclusive; either open). The one encoding of "these filters": it keys
 * the listing totals and scopes the page cursors.
 */
public record ObservationFilter(List<StationId> stations, List<String> states, Optional<LocalDate> from,
    Optional<LocalDate> to) {
  public ObservationFilter {
    stations = List.copyOf(Objects.requireNonNull(stations, "stations"));
    states = List.copyOf(Objects.requireNonNull(states, "states"));
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("the first day " + from.get() + " is after the last day " + to.get());
    }
  }
}
