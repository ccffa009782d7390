package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.ExpectedData;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.client.ApiClient;
import io.weatherdata.client.ApiException;
import io.weatherdata.client.ApiResponse;
import io.weatherdata.client.api.AgronomyApi;
import io.weatherdata.client.api.CornApi;
import io.weatherdata.client.api.ObservationsApi;
import io.weatherdata.client.api.OperationsApi;
import io.weatherdata.client.api.StationsApi;
import io.weatherdata.client.api.StatisticsApi;
import io.weatherdata.client.model.ListObservations200Response;
import io.weatherdata.client.model.Observation;
import io.weatherdata.client.model.MonthlyNormal;
import io.weatherdata.client.model.MonthlyStats;
import io.weatherdata.client.model.ObservationImperial;
import io.weatherdata.client.model.SeasonIndicatorsImperial;
import io.weatherdata.client.model.Station;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Java client openapi-generator builds from the served document (at build time, test sources only), against
 * the running service: every JSON endpoint through it, paging to the end by next_cursor (and the Link header beside
 * it), imperial shapes, problems. What it cannot do: CSV and the exports (its "native" library parses every body as
 * JSON, text too); those are covered by ApiIT, ResponseCacheIT and PandasClientIT (docs/api.md, generated clients).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ClientIT {
  private static final String DATABASE = TestPostgres.freshDatabase();
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(), TestApp.overrides(DATABASE));
  private static final String STATION = SyntheticStationFiles.stationId(1);
  private static ExpectedData expected;
  private static ApiClient client;

  @BeforeAll
  static void ingestAndConnect() throws Exception {
    Path folder = Files.createTempDirectory("client-it");
    SyntheticStationFiles.write(folder, 2, 1985, 2006, 5, 0.0);
    expected = ExpectedData.from(folder);
    TestApp.load(APP.getConfiguration(), folder, TestApp.reference(2, 1985, 2006,
        y -> 200_000 + 2_500 * (y - 1985) + (y % 4) * 9_000));
    client = new ApiClient();
    client.updateBaseUri("http://127.0.0.1:" + APP.getLocalPort());
    // A listing's items are one of two shapes (metric or imperial, told apart by their field names): the generated
    // client picks the shape that parses, so unknown fields must fail a parse (docs/api.md, generated clients).
    client.setObjectMapper(client.getObjectMapper().enable(
        com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
  }

  @Test
  void pagingByNextCursorWalksAFilteredListingToItsEnd() throws Exception {
    ObservationsApi observations = new ObservationsApi(client);
    List<LocalDate> dates = new ArrayList<>();
    String cursor = null;
    long total;
    do {
      ApiResponse<ListObservations200Response> page = observations.listObservationsWithHttpInfo(null,
          List.of(STATION), null, LocalDate.parse("1990-01-01"), LocalDate.parse("1991-12-31"), null, 250, cursor,
          null);
      page.getData().getData().forEach(item -> dates.add(((Observation) item.getActualInstance()).getDate()));
      cursor = page.getData().getPage().getNextCursor();
      total = page.getData().getPage().getTotal();
      assertThat(page.getHeaders().get("link") != null).as("a Link header exactly when more follow")
          .isEqualTo(cursor != null);
    } while (cursor != null);

    List<LocalDate> stored = expected.observations().stream().filter(o -> o.station().value().equals(STATION))
        .map(o -> o.date()).filter(d -> d.getYear() == 1990 || d.getYear() == 1991).toList();
    assertThat(dates).isEqualTo(stored).hasSize((int) total);
  }

  @Test
  void imperialItemsComeAsTheImperialShape() throws Exception {
    ListObservations200Response page = new ObservationsApi(client).listObservations(null, List.of(STATION),
        LocalDate.parse("1990-07-01"), null, null, null, null, null, "imperial");

    assertThat(page.getData()).singleElement().satisfies(item ->
        assertThat(item.getActualInstance()).isInstanceOf(ObservationImperial.class));
  }

  @Test
  void everyEndpointAnswersThroughTheClient() throws Exception {
    StatisticsApi statistics = new StatisticsApi(client);
    AgronomyApi agronomy = new AgronomyApi(client);
    StationsApi stations = new StationsApi(client);
    CornApi corn = new CornApi(client);

    assertThat(statistics.listYearlyStats(null, List.of(STATION), null, 1990, 1992, null, null, null, null).getData())
        .hasSize(3);
    assertThat(agronomy.listMonthlyStats(null, List.of(STATION), 1990, null, null, 7, null, null, null, null)
        .getData()).singleElement().satisfies(m -> assertThat(((MonthlyStats) m.getActualInstance())
            .getDaysInMonth()).isEqualTo(31));
    assertThat(agronomy.listNormals(null, List.of(STATION), 1, null, null, null, null).getData()).singleElement()
        .satisfies(n -> assertThat(((MonthlyNormal) n.getActualInstance()).getBaseline()).isEqualTo("1985-2014"));
    assertThat(agronomy.listAnomalies(null, List.of(STATION), 1990, null, null, null, null, 5, null, null).getData())
        .hasSize(5);
    assertThat(agronomy.listSeasons(null, null, 1990, null, null, null, null, null, "imperial").getData())
        .hasSize(2).allSatisfy(s -> assertThat(s.getActualInstance()).isInstanceOf(SeasonIndicatorsImperial.class));
    Station first = (Station) stations.listStations(null, null, null, null, null, null, null, null).getData().get(0)
        .getActualInstance();
    assertThat(first.getName()).isEqualTo("SYNTHETIC STATION 1");
    assertThat(((Station) stations.getStation(STATION, null).getActualInstance()).getStationId()).isEqualTo(STATION);
    assertThat(corn.listCornProduction(null, 1990, 1991, null, null, null).getData()).hasSize(2);
    assertThat(corn.listCornWeather(null, null, null).getData()).hasSize(22);
    assertThat(corn.listCornCorrelations(null, null).getData()).extracting(c -> c.getVariable().getValue())
        .containsExactly("jja_avg_max_temp_c", "jja_total_precipitation_mm", "gdd_apr_oct");
    assertThat(new OperationsApi(client).listIngestionRuns(5L).getData()).isNotEmpty();
  }

  @Test
  void anErrorIsAProblemNamingTheParameter() throws Exception {
    ApiException error = catchThrowableOfType(ApiException.class, () -> new AgronomyApi(client).listMonthlyStats(
        null, null, null, 1995, 1990, null, null, null, null, null));

    assertThat(error.getCode()).isEqualTo(400);
    assertThat(error.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = new ObjectMapper().readTree(error.getResponseBody());
    assertThat(problem.at("/invalid_params/0/name").asText()).isEqualTo("start_year");
    ApiException missing = catchThrowableOfType(ApiException.class, () -> new StationsApi(client).getStation(
        "USC99999999", null));
    assertThat(missing.getCode()).isEqualTo(404);
  }
}
