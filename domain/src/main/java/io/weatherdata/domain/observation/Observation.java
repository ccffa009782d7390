package io.weatherdata.domain.observation;

import io.weatherdata.domain.station.StationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One station's record for one day. Each measurement may be missing (the source's -9999). */
public record Observation(
    StationId station,
    LocalDate date,
    Optional<Temperature> maxTemperature,
    Optional<Temperature> minTemperature,
    Optional<Precipitation> precipitation) {

  public Observation {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(maxTemperature, "maxTemperature");
    Objects.requireNonNull(minTemperature, "minTemperature");
    Objects.requireNonNull(precipitation, "precipitation");
  }

  /** Max below min is physically odd but occurs in the real data (737 lines); we keep such days and flag them. */
  public boolean maxBelowMin() {
    return maxTemperature.isPresent()
        && minTemperature.isPresent()
        && maxTemperature.get().tenthsCelsius() < minTemperature.get().tenthsCelsius();
  }
}
