package io.weatherdata.domain.observation;

import io.weatherdata.domain.station.StationId;
import java.time.LocalDate;
import java.util.Objects;

/** The identity and sort key of an observation: station, then date. */
public record ObservationKey(StationId station, LocalDate date) {
  public ObservationKey {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(date, "date");
  }

  public static ObservationKey of(Observation observation) {
    return new ObservationKey(observation.station(), observation.date());
  }
}
