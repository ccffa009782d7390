package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.ExpectedData;
import io.weatherdata.adapter.out.postgres.RecordText;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.MonthlyStatsRule;
import io.weatherdata.domain.agronomy.NormalsRule;
import io.weatherdata.domain.agronomy.SeasonRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agronomy endpoints as a client sees them, over 24 generated years of two stations (enough for normals):
 * every listing walked page by page and held against the domain rules; corn against weather against textbook
 * formulas computed here from the served values.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgronomyApiIT {
  private static final String DATABASE = TestPostgres.freshDatabase();
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(), TestApp.overrides(DATABASE));
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int FIRST_YEAR = 1985;
  private static final int LAST_YEAR = 2008;
  private static ExpectedData expected;

  @BeforeAll
  static void ingestGeneratedYearsAndCorn() throws Exception {
    Path folder = Files.createTempDirectory("agronomy-it");
    SyntheticStationFiles.write(folder, 2, FIRST_YEAR, LAST_YEAR, 11, 0.0);
    expected = ExpectedData.from(folder);
    TestApp.load(APP.getConfiguration(), folder, TestApp.reference(0, FIRST_YEAR, LAST_YEAR,
        y -> 200_000 + 3_000 * (y - FIRST_YEAR) + (y % 3) * 17_000));
  }

  @Test
  void monthlyStatisticsAreTheRuleOverWhatWasIngested() throws Exception {
    List<JsonNode> months = walk("/api/weather/monthly?page_size=1000");

    assertThat(text(months, "station_id year month avg_max_temp_c avg_min_temp_c total_precipitation_mm gdd "
        + "days_with_max_temp days_with_min_temp days_with_precipitation days_with_gdd"))
        .isEqualTo(RecordText.of(MonthlyStatsRule.compute(expected.observations())));
    assertThat(months).allMatch(m -> m.get("days_in_month").asInt() == java.time.YearMonth.of(m.get("year").asInt(),
        m.get("month").asInt()).lengthOfMonth());
    assertThat(walk("/api/weather/monthly?month=2&year=1988&page_size=1")).extracting(m -> m.get("days_in_month")
        .asInt()).containsOnly(29).hasSize(2);
    assertThat(get("/api/weather/monthly?month=7&format=csv").body())
        .startsWith("station_id,year,month,avg_max_temp_c,avg_min_temp_c,total_precipitation_mm,gdd,days_in_month,");
  }

  @Test
  void seasonIndicatorsAreTheRuleOverWhatWasIngested() throws Exception {
    List<JsonNode> seasons = walk("/api/agronomy/seasons?page_size=7");

    assertThat(text(seasons, "station_id year gdd_apr_oct gdd_days hot_days_30 hot_days_35 last_spring_frost "
        + "first_fall_frost heavy_rain_days longest_dry_spell_days jja_avg_max_temp_c jja_total_precipitation_mm "
        + "jja_days_with_max_temp jja_days_with_precipitation"))
        .isEqualTo(RecordText.of(SeasonRule.compute(expected.observations())));
  }

  @Test
  void normalsAndAnomaliesAreTheRulesOverTheMonths() throws Exception {
    List<MonthlyStats> months = MonthlyStatsRule.compute(expected.observations());
    List<MonthlyNormal> normals = NormalsRule.compute(months);
    Map<String, MonthlyNormal> byKey = normals.stream()
        .collect(Collectors.toMap(n -> n.station().value() + n.month(), Function.identity()));

    List<JsonNode> served = walk("/api/weather/normals?page_size=5");
    assertThat(text(served, "station_id month normal_max_temp_c normal_min_temp_c normal_precipitation_mm "
        + "years_max_temp years_min_temp years_precipitation")).isEqualTo(RecordText.of(normals));
    assertThat(served).allMatch(n -> n.get("baseline").asText().equals("1985-2014"))
        .anyMatch(n -> !n.get("normal_max_temp_c").isNull());
    assertThat(text(walk("/api/weather/anomalies?page_size=1000"), "station_id year month max_temp_anomaly_c "
        + "min_temp_anomaly_c precipitation_anomaly_mm precipitation_pct_of_normal"))
        .isEqualTo(RecordText.of(months.stream().flatMap(m -> MonthlyAnomaly.of(m,
            Optional.ofNullable(byKey.get(m.station().value() + m.month().getMonthValue()))).stream()).toList()));
  }

  @Test
  void cornDeparturesFollowTheLeastSquaresTrendAndCorrelateWithTheServedWeather() throws Exception {
    List<JsonNode> years = walk("/api/corn/weather");
    assertThat(years).hasSize(LAST_YEAR - FIRST_YEAR + 1);

    // the least-squares line, by the textbook formulas
    double meanX = years.stream().mapToDouble(y -> y.get("year").asDouble()).average().orElseThrow();
    double meanY = years.stream().mapToDouble(y -> y.get("production_kt").asDouble()).average().orElseThrow();
    double sxy = years.stream().mapToDouble(y -> (y.get("year").asDouble() - meanX)
        * (y.get("production_kt").asDouble() - meanY)).sum();
    double sxx = years.stream().mapToDouble(y -> Math.pow(y.get("year").asDouble() - meanX, 2)).sum();
    for (JsonNode y : years) {
      double trend = meanY + sxy / sxx * (y.get("year").asDouble() - meanX);
      assertThat(y.get("trend_kt").asDouble()).isCloseTo(trend, within(0.0005));
      BigDecimal departure = y.get("production_kt").decimalValue().subtract(y.get("trend_kt").decimalValue())
          .multiply(BigDecimal.valueOf(100)).divide(y.get("trend_kt").decimalValue(), 3, RoundingMode.HALF_UP);
      assertThat(y.get("departure_pct").decimalValue()).isCloseTo(departure, within(new BigDecimal("0.001")));
      assertThat(y.get("stations_max_temp").asInt()).isBetween(0, 2);
    }

    JsonNode correlation = walk("/api/corn/correlations").get(0);
    assertThat(correlation.get("variable").asText()).isEqualTo("jja_avg_max_temp_c");
    List<JsonNode> paired = years.stream().filter(y -> !y.get("jja_avg_max_temp_c").isNull()).toList();
    assertThat(correlation.get("n").asInt()).isEqualTo(paired.size()).isGreaterThan(20);
    assertThat(correlation.get("pearson_r").asDouble()).isCloseTo(pearson(paired, "departure_pct",
        "jja_avg_max_temp_c"), within(1e-9));
    assertThat(correlation.get("p_value").asDouble()).isBetween(0.0, 1.0);
    assertThat(get("/api/corn/correlations?state=ZZ").body()).contains("\"n\":0");
  }

  private static double pearson(List<JsonNode> rows, String x, String y) {
    double mx = rows.stream().mapToDouble(r -> r.get(x).asDouble()).average().orElseThrow();
    double my = rows.stream().mapToDouble(r -> r.get(y).asDouble()).average().orElseThrow();
    double sxy = rows.stream().mapToDouble(r -> (r.get(x).asDouble() - mx) * (r.get(y).asDouble() - my)).sum();
    double sxx = rows.stream().mapToDouble(r -> Math.pow(r.get(x).asDouble() - mx, 2)).sum();
    double syy = rows.stream().mapToDouble(r -> Math.pow(r.get(y).asDouble() - my, 2)).sum();
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Every item of a listing, following next_cursor to the last page. */
  private static List<JsonNode> walk(String first) throws Exception {
    List<JsonNode> items = new ArrayList<>();
    String url = first;
    while (url != null) {
      HttpResponse<String> response = get(url);
      assertThat(response.statusCode()).as(url).isEqualTo(200);
      JsonNode page = JSON.readTree(response.body());
      page.get("data").forEach(items::add);
      String cursor = page.at("/page/next_cursor").asText(null);
      url = cursor == null ? null : first + (first.contains("?") ? "&" : "?") + "cursor=" + cursor;
    }
    return items;
  }

  private static List<String> text(List<JsonNode> items, String fields) {
    return items.stream().map(item -> List.of(fields.split(" ")).stream().map(f -> {
      JsonNode value = item.get(f);
      return value.isNull() ? "null" : value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }).collect(Collectors.joining(" "))).toList();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return ApiContract.checked(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort()
        + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString()));
  }
}
