package io.weatherdata.application.agronomy.model;

import io.weatherdata.domain.station.StationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rows an agronomy listing holds: some stations (none listed: all), of some states (none listed: all),
 * between two years (inclusive; either open) and in one calendar month (1–12; absent: all). Keys the listing
 * totals and scopes the page cursors.
 */
public record AgronomyFilter(List<StationId> stations, List<String> states, Optional<Integer> fromYear,
    Optional<Integer> toYear, Optional<Integer> month) {
  public AgronomyFilter {
    stations = List.copyOf(Objects.requireNonNull(stations, "stations"));
    states = List.copyOf(Objects.requireNonNull(states, "states"));
    Objects.requireNonNull(fromYear, "fromYear");
    Objects.requireNonNull(toYear, "toYear");
    Objects.requireNonNull(month, "month");
    if (fromYear.isPresent() && toYear.isPresent() && fromYear.get() > toYear.get()) {
      throw new IllegalArgumentException("the first year " + fromYear.get() + " is after the last year "
          + toYear.get());
    }
    month.filter(m -> m < 1 || m > 12).ifPresent(m -> {
      throw new IllegalArgumentException("a month is 1 to 12, not " + m);
    });
  }
}
