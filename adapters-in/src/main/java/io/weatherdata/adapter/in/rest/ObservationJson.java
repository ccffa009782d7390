package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.Units.converted;
import static io.weatherdata.domain.units.Imperial.fahrenheit;
import static io.weatherdata.domain.units.Imperial.inchesFromMillimetres;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "Observation",
    description = "One station's record for one day; null where the source had -9999 (missing)")
public record ObservationJson(
    @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
    @Schema(example = "1985-01-01") LocalDate date,
    @JsonProperty("max_temp_c") @Schema(description = "maximum temperature, °C", example = "-2.2",
        nullable = true) BigDecimal maxTempC,
    @JsonProperty("min_temp_c") @Schema(description = "minimum temperature, °C", example = "-12.8",
        nullable = true) BigDecimal minTempC,
    @JsonProperty("precipitation_mm") @Schema(description = "precipitation, mm", example = "9.4",
        nullable = true) BigDecimal precipitationMm)
    implements CsvRow {

  static ObservationJson from(Observation o) {
    return new ObservationJson(o.station().value(), o.date(),
        o.maxTemperature().map(Temperature::celsius).orElse(null),
        o.minTemperature().map(Temperature::celsius).orElse(null),
        o.precipitation().map(Precipitation::millimetres).orElse(null));
  }

  @Schema(name = "ObservationImperial", description = "An observation with units=imperial")
  public record Imperial(
      @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
      @Schema(example = "1985-01-01") LocalDate date,
      @JsonProperty("max_temp_f") @Schema(description = "maximum temperature, °F (1 decimal)", example = "28.0",
          nullable = true) BigDecimal maxTempF,
      @JsonProperty("min_temp_f") @Schema(description = "minimum temperature, °F (1 decimal)", example = "9.0",
          nullable = true) BigDecimal minTempF,
      @JsonProperty("precipitation_in") @Schema(description = "precipitation, inches (2 decimals)", example = "0.37",
          nullable = true) BigDecimal precipitationIn)
      implements CsvRow {

    static Imperial from(Observation o) {
      ObservationJson m = ObservationJson.from(o);
      return new Imperial(m.stationId(), m.date(), converted(m.maxTempC(), fahrenheit()),
          converted(m.minTempC(), fahrenheit()), converted(m.precipitationMm(), inchesFromMillimetres()));
    }
  }
}
