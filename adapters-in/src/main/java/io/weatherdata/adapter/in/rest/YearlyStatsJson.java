package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.Units.converted;
import static io.weatherdata.domain.units.Imperial.fahrenheit;
import static io.weatherdata.domain.units.Imperial.inchesFromCentimetres;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.domain.stats.YearlyStats;
import java.math.BigDecimal;

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

  static YearlyStatsJson from(YearlyStats s) {
    return new YearlyStatsJson(s.stationYear().station().value(), s.stationYear().year(),
        s.averageMaxTemperatureCelsius().orElse(null), s.averageMinTemperatureCelsius().orElse(null),
        s.totalPrecipitationCentimetres().orElse(null));
  }

  @Schema(name = "YearlyStatsImperial", description = "Yearly statistics with units=imperial")
  public record Imperial(
      @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
      @Schema(example = "1985") int year,
      @JsonProperty("avg_max_temp_f") @Schema(description = "average daily maximum temperature, °F (1 decimal)",
          example = "59.6", nullable = true) BigDecimal avgMaxTempF,
      @JsonProperty("avg_min_temp_f") @Schema(description = "average daily minimum temperature, °F (1 decimal)",
          example = "39.8", nullable = true) BigDecimal avgMinTempF,
      @JsonProperty("total_precipitation_in") @Schema(description = "total precipitation, inches (2 decimals)",
          example = "30.71", nullable = true) BigDecimal totalPrecipitationIn)
      implements CsvRow {

    static Imperial from(YearlyStats s) {
      YearlyStatsJson m = YearlyStatsJson.from(s);
      return new Imperial(m.stationId(), m.year(), converted(m.avgMaxTempC(), fahrenheit()),
          converted(m.avgMinTempC(), fahrenheit()), converted(m.totalPrecipitationCm(), inchesFromCentimetres()));
    }
  }
}
