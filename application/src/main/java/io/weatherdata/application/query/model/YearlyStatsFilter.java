package io.weatherdata.application.query.model;

import io.weatherdata.domain.station.StationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which station-years a statistics listing holds: some stations (none listed: all), of some states (none
 * listed: all), between two years (inclusive; either open). Keys the listing totals and scopes the page cursors.
 */
public record YearlyStatsFilter(List<StationId> stations, List<String> states, Optional<Integer> fromYear,
    Optional<Integer> toYear) {
  public YearlyStatsFilter {
    stations = List.copyOf(Objects.requireNonNull(stations, "stations"));
    states = List.copyOf(Objects.requireNonNull(states, "states"));
    Objects.requireNonNull(fromYear, "fromYear");
    Objects.requireNonNull(toYear, "toYear");
    if (fromYear.isPresent() && toYear.isPresent() && fromYear.get() > toYear.get()) {
      throw new IllegalArgumentException("the first year " + fromYear.get() + " is after the last year "
          + toYear.get());
    }
  }
}
