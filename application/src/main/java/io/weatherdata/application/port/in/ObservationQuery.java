package io.weatherdata.application.port.in;

import io.weatherdata.domain.observation.ObservationKey;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Daily observations of some stations (none listed: all) between two days (inclusive; either open). */
public record ObservationQuery(
    List<StationId> stations, Optional<LocalDate> from, Optional<LocalDate> to, PageRequest<ObservationKey> page) {

  public ObservationQuery {
    stations = List.copyOf(Objects.requireNonNull(stations, "stations"));
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(page, "page");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("start_date " + from.get() + " is after end_date " + to.get());
    }
  }
}
