package io.weatherdata.domain.station;

import java.time.LocalDate;
import java.util.Objects;

/** A station as the data shows it: first and last day on record, days on record, missing values per measure. */
public record StationSummary(
    StationId station,
    LocalDate firstDate,
    LocalDate lastDate,
    long days,
    long missingMaxTemperature,
    long missingMinTemperature,
    long missingPrecipitation) {

  public StationSummary {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
  }
}
