package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.Units.converted;
import static io.weatherdata.domain.units.Imperial.fahrenheit;
import static io.weatherdata.domain.units.Imperial.fahrenheitDifference;
import static io.weatherdata.domain.units.Imperial.inchesFromMillimetres;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.application.agronomy.model.Correlation;
import io.weatherdata.application.agronomy.model.CornWeatherYear;
import io.weatherdata.application.agronomy.model.RegionWeather;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.NormalsRule;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalDouble;

/** The agronomy items as JSON objects and CSV lines; the definitions are in docs/agronomy.md. */
public final class AgronomyJson {
  private AgronomyJson() {}

  @Schema(name = "MonthlyStats", description = "One station-month, over the days that have each measure; null where "
      + "none has it. Missing days: -9999 in the source or no line for the date.")
  public record Monthly(
      @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
      @Schema(example = "1988") int year,
      @Schema(example = "6", minimum = "1", maximum = "12") int month,
      @JsonProperty("avg_max_temp_c") @Schema(description = "mean daily maximum, °C (6 decimals)",
          example = "31.386667",
          nullable = true) BigDecimal avgMaxTempC,
      @JsonProperty("avg_min_temp_c") @Schema(description = "mean daily minimum, °C (6 decimals)",
          example = "15.846667",
          nullable = true) BigDecimal avgMinTempC,
      @JsonProperty("total_precipitation_mm") @Schema(description = "total precipitation, mm", example = "24.6",
          nullable = true) BigDecimal totalPrecipitationMm,
      @Schema(description = "growing degree days (corn, 86/50 °F method in °C), summed", example = "375.20",
          nullable = true) BigDecimal gdd,
      @JsonProperty("days_in_month") @Schema(example = "30") int daysInMonth,
      @JsonProperty("days_with_max_temp") @Schema(example = "30") int daysWithMaxTemp,
      @JsonProperty("days_with_min_temp") @Schema(example = "30") int daysWithMinTemp,
      @JsonProperty("days_with_precipitation") @Schema(example = "30") int daysWithPrecipitation,
      @JsonProperty("days_with_gdd") @Schema(description = "days with both temperatures", example = "30")
      int daysWithGdd) implements CsvRow {
    static Monthly from(MonthlyStats m) {
      return new Monthly(m.station().value(), m.month().getYear(), m.month().getMonthValue(),
          m.avgMaxTempC().orElse(null), m.avgMinTempC().orElse(null), m.totalPrecipitationMm().orElse(null),
          m.gdd().orElse(null), m.daysInMonth(), m.daysWithMaxTemp(), m.daysWithMinTemp(), m.daysWithPrecipitation(),
          m.daysWithGdd());
    }

    @Schema(name = "MonthlyStatsImperial", description = "Monthly statistics with units=imperial")
    public record Imperial(
        @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
        @Schema(example = "1988") int year,
        @Schema(example = "6", minimum = "1", maximum = "12") int month,
        @JsonProperty("avg_max_temp_f") @Schema(description = "°F (1 decimal)", example = "88.5", nullable = true)
        BigDecimal avgMaxTempF,
        @JsonProperty("avg_min_temp_f") @Schema(description = "°F (1 decimal)", example = "60.5", nullable = true)
        BigDecimal avgMinTempF,
        @JsonProperty("total_precipitation_in") @Schema(description = "inches (2 decimals)", example = "0.97",
            nullable = true) BigDecimal totalPrecipitationIn,
        @JsonProperty("gdd_f") @Schema(description = "growing degree days in °F·days (1.8 × gdd; 1 decimal)",
            example = "675.4", nullable = true) BigDecimal gddF,
        @JsonProperty("days_in_month") @Schema(example = "30") int daysInMonth,
        @JsonProperty("days_with_max_temp") @Schema(example = "30") int daysWithMaxTemp,
        @JsonProperty("days_with_min_temp") @Schema(example = "30") int daysWithMinTemp,
        @JsonProperty("days_with_precipitation") @Schema(example = "30") int daysWithPrecipitation,
        @JsonProperty("days_with_gdd") @Schema(example = "30") int daysWithGdd) implements CsvRow {
      static Imperial from(MonthlyStats stats) {
        Monthly m = Monthly.from(stats);
        return new Imperial(m.stationId(), m.year(), m.month(), converted(m.avgMaxTempC(), fahrenheit()),
            converted(m.avgMinTempC(), fahrenheit()), converted(m.totalPrecipitationMm(), inchesFromMillimetres()),
            converted(m.gdd(), fahrenheitDifference()), m.daysInMonth(), m.daysWithMaxTemp(), m.daysWithMinTemp(),
            m.daysWithPrecipitation(), m.daysWithGdd());
      }
    }
  }

  @Schema(name = "MonthlyNormal", description = "Mean of the monthly values over the 1985-2014 baseline, counting a "
      + "year when at most 5 days of the month miss the measure; null under 20 counting years. Not WMO normals.")
  public record Normal(
      @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
      @Schema(example = "6", minimum = "1", maximum = "12") int month,
      @JsonProperty("normal_max_temp_c") @Schema(description = "°C (6 decimals)", example = "27.259799",
          nullable = true) BigDecimal normalMaxTempC,
      @JsonProperty("normal_min_temp_c") @Schema(description = "°C (6 decimals)", example = "15.401596",
          nullable = true) BigDecimal normalMinTempC,
      @JsonProperty("normal_precipitation_mm") @Schema(description = "mm (6 decimals)", example = "117.417241",
          nullable = true) BigDecimal normalPrecipitationMm,
      @JsonProperty("years_max_temp") @Schema(description = "baseline years that counted", example = "29")
      int yearsMaxTemp,
      @JsonProperty("years_min_temp") @Schema(example = "29") int yearsMinTemp,
      @JsonProperty("years_precipitation") @Schema(example = "29") int yearsPrecipitation,
      @Schema(example = NormalsRule.BASELINE) String baseline) implements CsvRow {
    static Normal from(MonthlyNormal n) {
      return new Normal(n.station().value(), n.month(), n.normalMaxTempC().orElse(null),
          n.normalMinTempC().orElse(null), n.normalPrecipitationMm().orElse(null), n.yearsMaxTemp(), n.yearsMinTemp(),
          n.yearsPrecipitation(), NormalsRule.BASELINE);
    }

    @Schema(name = "MonthlyNormalImperial", description = "Monthly normals with units=imperial")
    public record Imperial(
        @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
        @Schema(example = "6", minimum = "1", maximum = "12") int month,
        @JsonProperty("normal_max_temp_f") @Schema(description = "°F (1 decimal)", example = "81.1", nullable = true)
        BigDecimal normalMaxTempF,
        @JsonProperty("normal_min_temp_f") @Schema(description = "°F (1 decimal)", example = "59.7", nullable = true)
        BigDecimal normalMinTempF,
        @JsonProperty("normal_precipitation_in") @Schema(description = "inches (2 decimals)", example = "4.62",
            nullable = true) BigDecimal normalPrecipitationIn,
        @JsonProperty("years_max_temp") @Schema(example = "29") int yearsMaxTemp,
        @JsonProperty("years_min_temp") @Schema(example = "29") int yearsMinTemp,
        @JsonProperty("years_precipitation") @Schema(example = "29") int yearsPrecipitation,
        @Schema(example = NormalsRule.BASELINE) String baseline) implements CsvRow {
      static Imperial from(MonthlyNormal normal) {
        Normal n = Normal.from(normal);
        return new Imperial(n.stationId(), n.month(), converted(n.normalMaxTempC(), fahrenheit()),
            converted(n.normalMinTempC(), fahrenheit()), converted(n.normalPrecipitationMm(), inchesFromMillimetres()),
            n.yearsMaxTemp(), n.yearsMinTemp(), n.yearsPrecipitation(), n.baseline());
      }
    }
  }

  @Schema(name = "MonthlyAnomaly", description = "A station-month against its normal: value − normal; null where the "
      + "month's value does not count (more than 5 days missing) or the normal is null")
  public record Anomaly(
      @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
      @Schema(example = "1988") int year,
      @Schema(example = "6", minimum = "1", maximum = "12") int month,
      @JsonProperty("max_temp_anomaly_c") @Schema(description = "°C", example = "4.126868", nullable = true)
      BigDecimal maxTempAnomalyC,
      @JsonProperty("min_temp_anomaly_c") @Schema(description = "°C", example = "0.445071", nullable = true)
      BigDecimal minTempAnomalyC,
      @JsonProperty("precipitation_anomaly_mm") @Schema(description = "mm", example = "-92.817241", nullable = true)
      BigDecimal precipitationAnomalyMm,
      @JsonProperty("precipitation_pct_of_normal") @Schema(description = "100 × value / normal (2 decimals); null "
          + "where the normal is 0", example = "20.95", nullable = true) BigDecimal precipitationPctOfNormal)
      implements CsvRow {
    static Anomaly from(MonthlyAnomaly a) {
      return new Anomaly(a.station().value(), a.month().getYear(), a.month().getMonthValue(),
          a.maxTempAnomalyC().orElse(null), a.minTempAnomalyC().orElse(null), a.precipitationAnomalyMm().orElse(null),
          a.precipitationPctOfNormal().orElse(null));
    }

    @Schema(name = "MonthlyAnomalyImperial", description = "Monthly anomalies with units=imperial")
    public record Imperial(
        @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
        @Schema(example = "1988") int year,
        @Schema(example = "6", minimum = "1", maximum = "12") int month,
        @JsonProperty("max_temp_anomaly_f") @Schema(description = "°F difference (1 decimal)", example = "7.4",
            nullable = true) BigDecimal maxTempAnomalyF,
        @JsonProperty("min_temp_anomaly_f") @Schema(description = "°F difference (1 decimal)", example = "0.8",
            nullable = true) BigDecimal minTempAnomalyF,
        @JsonProperty("precipitation_anomaly_in") @Schema(description = "inches (2 decimals)", example = "-3.65",
            nullable = true) BigDecimal precipitationAnomalyIn,
        @JsonProperty("precipitation_pct_of_normal") @Schema(example = "20.95", nullable = true)
        BigDecimal precipitationPctOfNormal) implements CsvRow {
      static Imperial from(MonthlyAnomaly anomaly) {
        Anomaly a = Anomaly.from(anomaly);
        return new Imperial(a.stationId(), a.year(), a.month(), converted(a.maxTempAnomalyC(), fahrenheitDifference()),
            converted(a.minTempAnomalyC(), fahrenheitDifference()),
            converted(a.precipitationAnomalyMm(), inchesFromMillimetres()), a.precipitationPctOfNormal());
      }
    }
  }

  @Schema(name = "SeasonIndicators", description = "A station's growing season in one calendar year; thresholds "
      + "compare recorded values only")
  public record Season(
      @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
      @Schema(example = "1988") int year,
      @JsonProperty("gdd_apr_oct") @Schema(description = "growing degree days, April 1 – October 31", example =
          "2070.65", nullable = true) BigDecimal gddAprOct,
      @JsonProperty("gdd_days") @Schema(description = "April–October days with both temperatures", example = "214")
      int gddDays,
      @JsonProperty("hot_days_30") @Schema(description = "days with max ≥ 30.0 °C", example = "82") int hotDays30,
      @JsonProperty("hot_days_35") @Schema(description = "days with max ≥ 35.0 °C", example = "29") int hotDays35,
      @JsonProperty("last_spring_frost") @Schema(description = "latest date before July 1 with min ≤ 0.0 °C",
          example = "1988-04-24", nullable = true) LocalDate lastSpringFrost,
      @JsonProperty("first_fall_frost") @Schema(description = "earliest date on or after July 1 with min ≤ 0.0 °C",
          example = "1988-10-05", nullable = true) LocalDate firstFallFrost,
      @JsonProperty("frost_free_days") @Schema(description = "days strictly between the two frosts; null unless both",
          example = "163", nullable = true) Integer frostFreeDays,
      @JsonProperty("heavy_rain_days") @Schema(description = "days with precipitation ≥ 25.4 mm", example = "4")
      int heavyRainDays,
      @JsonProperty("longest_dry_spell_days") @Schema(description = "longest run of consecutive days in the year with "
          + "precipitation recorded and < 1.0 mm; a missing day ends a run", example = "30") int longestDrySpellDays,
      @JsonProperty("jja_avg_max_temp_c") @Schema(description = "mean recorded max, June 1 – August 31, °C",
          example = "32.391304", nullable = true) BigDecimal jjaAvgMaxTempC,
      @JsonProperty("jja_total_precipitation_mm") @Schema(description = "total precipitation, June 1 – August 31, mm",
          example = "153.4", nullable = true) BigDecimal jjaTotalPrecipitationMm,
      @JsonProperty("jja_days_with_max_temp") @Schema(example = "92") int jjaDaysWithMaxTemp,
      @JsonProperty("jja_days_with_precipitation") @Schema(example = "92") int jjaDaysWithPrecipitation)
      implements CsvRow {
    static Season from(SeasonIndicators s) {
      return new Season(s.stationYear().station().value(), s.stationYear().year(), s.gddAprOct().orElse(null),
          s.gddDays(), s.hotDays30(), s.hotDays35(), s.lastSpringFrost().orElse(null), s.firstFallFrost().orElse(null),
          s.frostFreeDays().orElse(null), s.heavyRainDays(), s.longestDrySpellDays(), s.jjaAvgMaxTempC().orElse(null),
          s.jjaTotalPrecipitationMm().orElse(null), s.jjaDaysWithMaxTemp(), s.jjaDaysWithPrecipitation());
    }

    @Schema(name = "SeasonIndicatorsImperial", description = "Season indicators with units=imperial (the "
        + "thresholds are the same: 30 °C = 86 °F, 35 °C = 95 °F, 25.4 mm = 1 in)")
    public record Imperial(
        @JsonProperty("station_id") @Schema(example = "USC00110072") String stationId,
        @Schema(example = "1988") int year,
        @JsonProperty("gdd_apr_oct_f") @Schema(description = "growing degree days in °F·days (1 decimal)",
            example = "3727.2", nullable = true) BigDecimal gddAprOctF,
        @JsonProperty("gdd_days") @Schema(example = "214") int gddDays,
        @JsonProperty("hot_days_30") @Schema(description = "days with max ≥ 86 °F", example = "82") int hotDays30,
        @JsonProperty("hot_days_35") @Schema(description = "days with max ≥ 95 °F", example = "29") int hotDays35,
        @JsonProperty("last_spring_frost") @Schema(example = "1988-04-24", nullable = true) LocalDate lastSpringFrost,
        @JsonProperty("first_fall_frost") @Schema(example = "1988-10-05", nullable = true) LocalDate firstFallFrost,
        @JsonProperty("frost_free_days") @Schema(example = "163", nullable = true) Integer frostFreeDays,
        @JsonProperty("heavy_rain_days") @Schema(description = "days with precipitation ≥ 1 in", example = "4")
        int heavyRainDays,
        @JsonProperty("longest_dry_spell_days") @Schema(example = "30") int longestDrySpellDays,
        @JsonProperty("jja_avg_max_temp_f") @Schema(description = "°F (1 decimal)", example = "90.3", nullable = true)
        BigDecimal jjaAvgMaxTempF,
        @JsonProperty("jja_total_precipitation_in") @Schema(description = "inches (2 decimals)", example = "6.04",
            nullable = true) BigDecimal jjaTotalPrecipitationIn,
        @JsonProperty("jja_days_with_max_temp") @Schema(example = "92") int jjaDaysWithMaxTemp,
        @JsonProperty("jja_days_with_precipitation") @Schema(example = "92") int jjaDaysWithPrecipitation)
        implements CsvRow {
      static Imperial from(SeasonIndicators indicators) {
        Season s = Season.from(indicators);
        return new Imperial(s.stationId(), s.year(), converted(s.gddAprOct(), fahrenheitDifference()), s.gddDays(),
            s.hotDays30(), s.hotDays35(), s.lastSpringFrost(), s.firstFallFrost(), s.frostFreeDays(),
            s.heavyRainDays(), s.longestDrySpellDays(), converted(s.jjaAvgMaxTempC(), fahrenheit()),
            converted(s.jjaTotalPrecipitationMm(), inchesFromMillimetres()), s.jjaDaysWithMaxTemp(),
            s.jjaDaysWithPrecipitation());
      }
    }
  }

  @Schema(name = "CornWeatherYear", description = "A production year against its trend, with the region's growing-"
      + "season weather: each variable the mean over the stations complete enough for it")
  public record CornWeather(
      @Schema(example = "1988") int year,
      @JsonProperty("production_kt") @Schema(description = "thousand metric tons", example = "125194.000")
      BigDecimal productionKt,
      @JsonProperty("trend_kt") @Schema(description = "least-squares line of production on year, all years present",
          example = "185608.897") BigDecimal trendKt,
      @JsonProperty("departure_pct") @Schema(description = "100 × (production − trend) / trend", example = "-32.550")
      BigDecimal departurePct,
      @JsonProperty("jja_avg_max_temp_c") @Schema(description = "°C, over stations with jja_days_with_max_temp ≥ 83",
          example = "31.536238", nullable = true) BigDecimal jjaAvgMaxTempC,
      @JsonProperty("stations_max_temp") @Schema(example = "161") int stationsMaxTemp,
      @JsonProperty("jja_total_precipitation_mm") @Schema(description = "mm, over stations with "
          + "jja_days_with_precipitation ≥ 83", example = "192.191975", nullable = true)
      BigDecimal jjaTotalPrecipitationMm,
      @JsonProperty("stations_precipitation") @Schema(example = "162") int stationsPrecipitation,
      @JsonProperty("gdd_apr_oct") @Schema(description = "over stations with gdd_days ≥ 193", example = "1930.498986",
          nullable = true) BigDecimal gddAprOct,
      @JsonProperty("stations_gdd") @Schema(example = "148") int stationsGdd) implements CsvRow {
    static CornWeather from(CornWeatherYear y) {
      RegionWeather w = y.production().weather();
      return new CornWeather(y.production().year(), y.production().productionKt(), y.trendKt(), y.departurePct(),
          w.jjaAvgMaxTempC().orElse(null), w.stationsMaxTemp(), w.jjaTotalPrecipitationMm().orElse(null),
          w.stationsPrecipitation(), w.gddAprOct().orElse(null), w.stationsGdd());
    }

    @Schema(name = "CornWeatherYearImperial", description = "A production year and its weather with units=imperial "
        + "(production stays in kt)")
    public record Imperial(
        @Schema(example = "1988") int year,
        @JsonProperty("production_kt") @Schema(example = "125194.000") BigDecimal productionKt,
        @JsonProperty("trend_kt") @Schema(example = "185608.897") BigDecimal trendKt,
        @JsonProperty("departure_pct") @Schema(example = "-32.550") BigDecimal departurePct,
        @JsonProperty("jja_avg_max_temp_f") @Schema(description = "°F (1 decimal)", example = "88.8", nullable = true)
        BigDecimal jjaAvgMaxTempF,
        @JsonProperty("stations_max_temp") @Schema(example = "161") int stationsMaxTemp,
        @JsonProperty("jja_total_precipitation_in") @Schema(description = "inches (2 decimals)", example = "7.57",
            nullable = true) BigDecimal jjaTotalPrecipitationIn,
        @JsonProperty("stations_precipitation") @Schema(example = "162") int stationsPrecipitation,
        @JsonProperty("gdd_apr_oct_f") @Schema(description = "°F·days (1 decimal)", example = "3474.9",
            nullable = true) BigDecimal gddAprOctF,
        @JsonProperty("stations_gdd") @Schema(example = "148") int stationsGdd) implements CsvRow {
      static Imperial from(CornWeatherYear year) {
        CornWeather c = CornWeather.from(year);
        return new Imperial(c.year(), c.productionKt(), c.trendKt(), c.departurePct(),
            converted(c.jjaAvgMaxTempC(), fahrenheit()), c.stationsMaxTemp(),
            converted(c.jjaTotalPrecipitationMm(), inchesFromMillimetres()), c.stationsPrecipitation(),
            converted(c.gddAprOct(), fahrenheitDifference()), c.stationsGdd());
      }
    }
  }

  @Schema(name = "CornWeatherCorrelation", description = "departure_pct against one weather variable across years")
  public record CorrelationJson(
      @Schema(example = "jja_avg_max_temp_c", allowableValues = {"jja_avg_max_temp_c", "jja_total_precipitation_mm",
          "gdd_apr_oct"}) String variable,
      @Schema(description = "years with both values", example = "30") int n,
      @JsonProperty("pearson_r") @Schema(example = "-0.58908204050178", nullable = true) Double pearsonR,
      @JsonProperty("spearman_rho") @Schema(description = "ties take their average rank",
          example = "-0.5759733036707452",
          nullable = true) Double spearmanRho,
      @JsonProperty("p_value") @Schema(description = "two-sided p-value of pearson_r, Student's t with n − 2 degrees "
          + "of freedom", example = "6.149647680819207E-4", nullable = true) Double pValue) implements CsvRow {
    static CorrelationJson from(Correlation c) {
      return new CorrelationJson(c.variable(), c.n(), value(c.pearsonR()), value(c.spearmanRho()), value(c.pValue()));
    }

    private static Double value(OptionalDouble value) {
      return value.isPresent() ? value.getAsDouble() : null;
    }
  }
}
