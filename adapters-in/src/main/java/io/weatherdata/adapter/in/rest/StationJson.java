package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.Units.converted;
import static io.weatherdata.domain.units.Imperial.feet;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.domain.station.Station;
import io.weatherdata.domain.station.StationMetadata;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

@Schema(name = "Station", description = """
    A station with data: where it is and what it is called (from NOAA's GHCN-Daily station list; null for a station
    the list does not hold) and its coverage in the analysed data.""")
public record StationJson(
    @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
    @Schema(description = "NOAA's name of the station", example = "CAIRO", nullable = true) String name,
    @Schema(description = "US state or Canadian province (two letters)", example = "IL", nullable = true) String state,
    @Schema(description = "decimal degrees (WGS84)", example = "37.0033", nullable = true) BigDecimal latitude,
    @Schema(description = "decimal degrees (WGS84)", example = "-89.1756", nullable = true) BigDecimal longitude,
    @JsonProperty("elevation_m") @Schema(description = "metres above sea level; null where unknown", example = "96.0",
        nullable = true) BigDecimal elevationM,
    @JsonProperty("distance_km") @Schema(description = "great-circle distance from near=, km (3 decimals); null "
        + "without near", nullable = true) BigDecimal distanceKm,
    @JsonProperty("first_date") @Schema(description = "first day on record") LocalDate firstDate,
    @JsonProperty("last_date") @Schema(description = "last day on record") LocalDate lastDate,
    @Schema(description = "days on record") long days,
    @JsonProperty("missing_max_temp") @Schema(description = "days without a maximum temperature") long missingMaxTemp,
    @JsonProperty("missing_min_temp") @Schema(description = "days without a minimum temperature") long missingMinTemp,
    @JsonProperty("missing_precipitation") @Schema(description = "days without precipitation")
    long missingPrecipitation)
    implements CsvRow {

  static StationJson from(Station station) {
    Optional<StationMetadata> m = station.metadata();
    var c = station.coverage();
    return new StationJson(c.station().value(), field(m, StationMetadata::name),
        m.flatMap(StationMetadata::state).orElse(null), field(m, StationMetadata::latitude),
        field(m, StationMetadata::longitude), m.flatMap(StationMetadata::elevationM).orElse(null),
        station.distanceKm().map(d -> BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP)).orElse(null),
        c.firstDate(), c.lastDate(), c.days(), c.missingMaxTemperature(), c.missingMinTemperature(),
        c.missingPrecipitation());
  }

  private static <T> T field(Optional<StationMetadata> metadata, Function<StationMetadata, T> field) {
    return metadata.map(field).orElse(null);
  }

  @Schema(name = "StationImperial", description = "A station with units=imperial: elevation in feet")
  public record Imperial(
      @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
      @Schema(example = "CAIRO", nullable = true) String name,
      @Schema(example = "IL", nullable = true) String state,
      @Schema(example = "37.0033", nullable = true) BigDecimal latitude,
      @Schema(example = "-89.1756", nullable = true) BigDecimal longitude,
      @JsonProperty("elevation_ft") @Schema(description = "feet above sea level (0 decimals); null where unknown",
          example = "315", nullable = true) BigDecimal elevationFt,
      @JsonProperty("distance_km") @Schema(nullable = true) BigDecimal distanceKm,
      @JsonProperty("first_date") LocalDate firstDate,
      @JsonProperty("last_date") LocalDate lastDate,
      long days,
      @JsonProperty("missing_max_temp") long missingMaxTemp,
      @JsonProperty("missing_min_temp") long missingMinTemp,
      @JsonProperty("missing_precipitation") long missingPrecipitation)
      implements CsvRow {

    static Imperial from(Station station) {
      StationJson m = StationJson.from(station);
      return new Imperial(m.stationId(), m.name(), m.state(), m.latitude(), m.longitude(),
          converted(m.elevationM(), feet()), m.distanceKm(), m.firstDate(), m.lastDate(), m.days(), m.missingMaxTemp(),
          m.missingMinTemp(), m.missingPrecipitation());
    }
  }
}
