package io.weatherdata.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

  static final List<String> CSV_HEADER = List.of("station_id", "date", "max_temp_c", "min_temp_c", "precipitation_mm");

  static ObservationJson from(Observation o) {
    return new ObservationJson(o.station().value(), o.date(),
        o.maxTemperature().map(Temperature::celsius).orElse(null),
        o.minTemperature().map(Temperature::celsius).orElse(null),
        o.precipitation().map(Precipitation::millimetres).orElse(null));
  }

  @Override
  public List<Object> csvValues() {
    return Arrays.asList(stationId, date, maxTempC, minTempC, precipitationMm);
  }
}
