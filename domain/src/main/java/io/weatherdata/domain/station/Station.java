package io.weatherdata.domain.station;

import java.util.Objects;
import java.util.Optional;

/**
 * A station of the catalogue: its coverage in the stored data, what NOAA's station list says of it (empty for a
 * station with observations but no list entry), and, for a search near a point, its great-circle distance.
 */
public record Station(StationSummary coverage, Optional<StationMetadata> metadata, Optional<Double> distanceKm) {
  public Station {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(distanceKm, "distanceKm");
  }

  public StationId id() {
    return coverage.station();
  }
}
