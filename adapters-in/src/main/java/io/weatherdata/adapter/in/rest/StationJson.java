package io.weatherdata.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.domain.station.StationSummary;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Station", description = "A station as the analysed data shows it")
public record StationJson(
    @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
    @JsonProperty("first_date") @Schema(description = "first day on record") LocalDate firstDate,
    @JsonProperty("last_date") @Schema(description = "last day on record") LocalDate lastDate,
    @Schema(description = "days on record") long days,
    @JsonProperty("missing_max_temp") @Schema(description = "days without a maximum temperature") long missingMaxTemp,
    @JsonProperty("missing_min_temp") @Schema(description = "days without a minimum temperature") long missingMinTemp,
    @JsonProperty("missing_precipitation") @Schema(
        description = "days without precipitation") long missingPrecipitation)
    implements CsvRow {

  static final List<String> CSV_HEADER = List.of("station_id", "first_date", "last_date", "days", "missing_max_temp",
      "missing_min_temp", "missing_precipitation");

  static StationJson from(StationSummary s) {
    return new StationJson(s.station().value(), s.firstDate(), s.lastDate(), s.days(), s.missingMaxTemperature(),
        s.missingMinTemperature(), s.missingPrecipitation());
  }

  @Override
  public List<Object> csvValues() {
    return List.of(stationId, firstDate, lastDate, days, missingMaxTemp, missingMinTemp, missingPrecipitation);
  }
}
