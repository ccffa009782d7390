package io.weatherdata.application.port.in;

import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Yearly statistics of some stations (none listed: all) between two years (inclusive; either open). */
public record YearlyStatsQuery(
    List<StationId> stations, Optional<Integer> fromYear, Optional<Integer> toYear, PageRequest<StationYear> page) {

  public YearlyStatsQuery {
    stations = List.copyOf(Objects.requireNonNull(stations, "stations"));
    Objects.requireNonNull(fromYear, "fromYear");
    Objects.requireNonNull(toYear, "toYear");
    Objects.requireNonNull(page, "page");
    if (fromYear.isPresent() && toYear.isPresent() && fromYear.get() > toYear.get()) {
      throw new IllegalArgumentException("start_year " + fromYear.get() + " is after end_year " + toYear.get());
    }
  }
}
