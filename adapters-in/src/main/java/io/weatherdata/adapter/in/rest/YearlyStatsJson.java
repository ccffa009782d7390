package io.weatherdata.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.domain.stats.YearlyStats;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

@Schema(name = "YearlyStats",
    description = "Statistics of one station-year, ignoring missing days; null where no day had the value")
public record YearlyStatsJson(
    @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
    @Schema(example = "1985") int year,
    @JsonProperty("avg_max_temp_c") @Schema(description = "average daily maximum temperature, °C (6 decimals)",
        example = "15.334795", nullable = true) BigDecimal avgMaxTempC,
    @JsonProperty("avg_min_temp_c") @Schema(description = "average daily minimum temperature, °C (6 decimals)",
        example = "4.326446", nullable = true) BigDecimal avgMinTempC,
    @JsonProperty("total_precipitation_cm") @Schema(description = "total precipitation, cm", example = "78.01",
        nullable = true) BigDecimal totalPrecipitationCm)
    implements CsvRow {

  static final List<String> CSV_HEADER =
      List.of("station_id", "year", "avg_max_temp_c", "avg_min_temp_c", "total_precipitation_cm");

  static YearlyStatsJson from(YearlyStats s) {
    return new YearlyStatsJson(s.stationYear().station().value(), s.stationYear().year(),
        s.averageMaxTemperatureCelsius().orElse(null), s.averageMinTemperatureCelsius().orElse(null),
        s.totalPrecipitationCentimetres().orElse(null));
  }

  @Override
  public List<Object> csvValues() {
    return Arrays.asList(stationId, year, avgMaxTempC, avgMinTempC, totalPrecipitationCm);
  }
}
