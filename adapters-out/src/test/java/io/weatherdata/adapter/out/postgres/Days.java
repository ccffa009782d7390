package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import io.weatherdata.domain.station.StationId;
import java.time.LocalDate;
import java.util.Optional;

/** Hand-made observations for tests; {@code null} is a missing value. Units: tenths, as in the raw files. */
final class Days {
  private Days() {}

  static Observation day(String station, String date, Integer maxTenths, Integer minTenths, Integer precipTenthsMm) {
    return new Observation(StationId.of(station), LocalDate.parse(date),
        Optional.ofNullable(maxTenths).map(Temperature::ofTenthsCelsius),
        Optional.ofNullable(minTenths).map(Temperature::ofTenthsCelsius),
        Optional.ofNullable(precipTenthsMm).map(Precipitation::ofTenthsMillimetre));
  }
}
