package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.RestFixtures.api;
import static io.weatherdata.adapter.in.rest.RestFixtures.cursors;
import static io.weatherdata.adapter.in.rest.RestFixtures.fieldNames;
import static io.weatherdata.adapter.in.rest.RestFixtures.get;
import static io.weatherdata.adapter.in.rest.RestFixtures.invalidParameter;
import static io.weatherdata.adapter.in.rest.RestFixtures.lastPage;
import static io.weatherdata.adapter.in.rest.RestFixtures.nextCursor;
import static io.weatherdata.adapter.in.rest.RestFixtures.nextLink;
import static io.weatherdata.adapter.in.rest.RestFixtures.okCsv;
import static io.weatherdata.adapter.in.rest.RestFixtures.okJson;
import static io.weatherdata.adapter.in.rest.RestFixtures.pageWithMore;
import static io.weatherdata.adapter.in.rest.RestFixtures.problem;
import static io.weatherdata.adapter.in.rest.RestFixtures.stationSummary;
import static io.weatherdata.adapter.in.rest.RestFixtures.tampered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.weatherdata.application.query.port.in.ExportStationsUseCase;
import io.weatherdata.application.query.port.in.FindStationsUseCase;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationSummary;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import io.weatherdata.application.query.model.StationFilter;
import io.weatherdata.application.query.model.StationPosition;
import io.weatherdata.application.query.model.StationQuery;
import io.weatherdata.domain.station.BoundingBox;
import io.weatherdata.domain.station.GeoPoint;
import io.weatherdata.domain.station.Proximity;
import io.weatherdata.domain.station.Station;
import io.weatherdata.domain.station.StationMetadata;
import java.math.BigDecimal;

@ExtendWith(DropwizardExtensionsSupport.class)
class StationsResourceTest {
  private static final FindStationsUseCase stations = mock(FindStationsUseCase.class);
  private static final GetStoredDataVersionUseCase dataVersion = mock(GetStoredDataVersionUseCase.class);
  private static final ExportStationsUseCase export = mock(ExportStationsUseCase.class);
  static final ResourceExtension API = api(dataVersion, new StationsResource(stations, export, cursors()));

  /** With an entry in the station list. */
  private static final Station ALPHA = new Station(
      stationSummary("USC00110072", "1985-01-01", "2014-12-31", 10_957, 12, 34, 56),
      Optional.of(new StationMetadata(StationId.of("USC00110072"), "CAIRO", Optional.of("IL"), new BigDecimal(
          "37.0033"),
          new BigDecimal("-89.1756"), Optional.of(new BigDecimal("96.0")), Optional.empty(), Optional.of("HCN"),
          Optional.empty())), Optional.empty());
  /** Without one: no name, no place. */
  private static final Station BRAVO = new Station(
      stationSummary("USW00094728", "1990-06-01", "2000-05-31", 3_653, 0, 1, 2), Optional.empty(), Optional.empty());

  @BeforeEach
  void dataVersion() {
    when(dataVersion.current()).thenReturn("v1");
  }

  @AfterEach
  void resetMocks() {
    reset(stations, dataVersion);
  }

  private StationQuery onlyListQuery() {
    ArgumentCaptor<StationQuery> query = ArgumentCaptor.forClass(StationQuery.class);
    verify(stations).list(query.capture());
    return query.getValue();
  }

  @Test
  void listAsksForTheFirstPageOfTheDefaultSize() {
    when(stations.list(any())).thenReturn(lastPage(2, ALPHA, BRAVO));

    assertThat(get(API, "/api/stations").getStatus()).isEqualTo(200);

    assertThat(onlyListQuery()).isEqualTo(new StationQuery(StationFilter.all(), new PageRequest<>(100, Optional.empty(
        ))));
  }

  @Test
  void listIsAPageOfSnakeCaseStations() {
    when(stations.list(any())).thenReturn(lastPage(2, ALPHA, BRAVO));

    JsonNode body = okJson(get(API, "/api/stations"));

    assertThat(body.path("data").size()).isEqualTo(2);
    assertStation(body.path("data").path(0), ALPHA);
    assertStation(body.path("data").path(1), BRAVO);
    assertThat(body.path("page").path("page_size").asInt()).isEqualTo(100);
    assertThat(body.path("page").path("next_cursor").isNull()).isTrue();
    assertThat(body.path("page").path("total").asLong()).isEqualTo(2);
  }

  private static void assertStation(JsonNode json, Station station) {
    StationSummary expected = station.coverage();
    assertThat(fieldNames(json)).containsExactly("station_id", "name", "state", "latitude", "longitude", "elevation_m",
        "distance_km", "first_date", "last_date", "days", "missing_max_temp", "missing_min_temp",
        "missing_precipitation");
    assertThat(json.path("station_id").asText()).isEqualTo(expected.station().value());
    assertThat(json.path("name").isNull()).isEqualTo(station.metadata().isEmpty());
    station.metadata().ifPresent(m -> {
      assertThat(json.path("name").asText()).isEqualTo(m.name());
      assertThat(json.path("state").asText()).isEqualTo(m.state().orElseThrow());
      assertThat(json.path("latitude").decimalValue()).isEqualTo(m.latitude());
      assertThat(json.path("longitude").decimalValue()).isEqualTo(m.longitude());
      assertThat(json.path("elevation_m").decimalValue()).isEqualTo(m.elevationM().orElseThrow());
    });
    assertThat(json.path("first_date").asText()).isEqualTo(expected.firstDate().toString());
    assertThat(json.path("last_date").asText()).isEqualTo(expected.lastDate().toString());
    assertThat(json.path("days").asLong()).isEqualTo(expected.days());
    assertThat(json.path("missing_max_temp").asLong()).isEqualTo(expected.missingMaxTemperature());
    assertThat(json.path("missing_min_temp").asLong()).isEqualTo(expected.missingMinTemperature());
    assertThat(json.path("missing_precipitation").asLong()).isEqualTo(expected.missingPrecipitation());
  }

  @Test
  void listAsCsv() {
    when(stations.list(any())).thenReturn(lastPage(2, ALPHA, BRAVO));

    assertThat(okCsv(get(API, "/api/stations?format=csv"))).containsExactly(
        "station_id,name,state,latitude,longitude,elevation_m,distance_km,first_date,last_date,days,missing_max_temp,"
            + "missing_min_temp,missing_precipitation",
        "USC00110072,CAIRO,IL,37.0033,-89.1756,96.0,,1985-01-01,2014-12-31,10957,12,34,56",
        "USW00094728,,,,,,,1990-06-01,2000-05-31,3653,0,1,2");
  }

  @Test
  void imperialUnitsGiveTheElevationInFeet() {
    when(stations.list(any())).thenReturn(lastPage(2, ALPHA, BRAVO));

    JsonNode body = okJson(get(API, "/api/stations?units=imperial"));

    assertThat(body.path("data").path(0).has("elevation_m")).isFalse();
    assertThat(body.path("data").path(0).path("elevation_ft").decimalValue()).isEqualByComparingTo("315");
    assertThat(body.path("data").path(1).path("elevation_ft").isNull()).isTrue();
    assertThat(okCsv(get(API, "/api/stations?units=imperial&format=csv")).get(0)).contains(",elevation_ft,");
  }

  @Test
  void placeFiltersReachTheUseCaseAsDomainValues() {
    when(stations.list(any())).thenReturn(lastPage(0));

    assertThat(get(API, "/api/stations?state=il,IA&state=in&bbox=-91.5,36.9,-87.5,42.5&near=41.88,-87.63"
        + "&radius_km=120").getStatus()).isEqualTo(200);

    StationFilter filter = onlyListQuery().filter();
    assertThat(filter.states()).containsExactly("IA", "IL", "IN");
    assertThat(filter.within()).contains(new BoundingBox(new GeoPoint(new BigDecimal("36.9"), new BigDecimal("-91.5")),
        new GeoPoint(new BigDecimal("42.5"), new BigDecimal("-87.5"))));
    assertThat(filter.near()).contains(new Proximity(new GeoPoint(new BigDecimal("41.88"), new BigDecimal("-87.63")),
        120));
  }

  @Test
  void nearWithoutARadiusSearches50Km() {
    when(stations.list(any())).thenReturn(lastPage(0));

    assertThat(get(API, "/api/stations?near=41.88,-87.63").getStatus()).isEqualTo(200);

    assertThat(onlyListQuery().filter().near().orElseThrow().radiusKm()).isEqualTo(50.0);
  }

  @Test
  void aNearListingPagesByDistanceThenId() {
    Station near = new Station(ALPHA.coverage(), ALPHA.metadata(), Optional.of(12.345));
    when(stations.list(any())).thenReturn(pageWithMore(3, near));
    Response first = get(API, "/api/stations?near=37,-89&page_size=1");
    assertThat(okJson(first).path("data").path(0).path("distance_km").decimalValue()).isEqualByComparingTo("12.345");
    clearInvocations(stations);
    when(stations.list(any())).thenReturn(lastPage(3));

    assertThat(get(API, nextLink(first)).getStatus()).isEqualTo(200);

    assertThat(onlyListQuery().page().after()).contains(new StationPosition(Optional.of(12.345), ALPHA.id()));
  }

  @Test
  void nextLinkAsksForTheStationsAfterTheLastOneOfThePage() {
    when(stations.list(any())).thenReturn(pageWithMore(3, ALPHA, BRAVO));
    Response first = get(API, "/api/stations?page_size=2");
    assertThat(nextCursor(okJson(first))).isNotBlank();
    clearInvocations(stations);
    when(stations.list(any())).thenReturn(lastPage(3));

    assertThat(get(API, nextLink(first)).getStatus()).isEqualTo(200);

    assertThat(onlyListQuery().page()).isEqualTo(new PageRequest<>(2,
        Optional.of(new StationPosition(Optional.empty(), BRAVO.id()))));
  }

  @Test
  void tamperedCursorIsRejected() {
    when(stations.list(any())).thenReturn(pageWithMore(3, ALPHA, BRAVO));
    String cursor = nextCursor(okJson(get(API, "/api/stations")));
    clearInvocations(stations);

    invalidParameter(get(API, "/api/stations?cursor=" + tampered(cursor)), "cursor");

    verifyNoInteractions(stations);
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "station_id=USC00110072   | station_id",
      "foo=1                    | foo",
      "page_size=0              | page_size",
      "page_size=1001           | page_size",
      "page_size=abc            | page_size",
      "page_size=1&page_size=2  | page_size",
      "format=xml               | format",
      "cursor=!!!not-base64!!!  | cursor",
      "state=Illinois           | state",
      "state=IL,                | state",
      "bbox=1,2,3               | bbox",
      "bbox=a,b,c,d             | bbox",
      "bbox=-87,36,-91,42       | bbox",
      "bbox=-91,42,-87,36       | bbox",
      "bbox=-91,36,-87,95       | bbox",
      "near=41.88               | near",
      "near=95,-87              | near",
      "near=41,-187             | near",
      "near=41,-87&radius_km=0  | radius_km",
      "near=41,-87&radius_km=501| radius_km",
      "near=41,-87&radius_km=x  | radius_km",
      "radius_km=10             | radius_km",
      "units=si                 | units"})
  void badListRequestsAre400ProblemsNamingTheParameterAndNeverQuery(String query, String parameter) {
    invalidParameter(get(API, "/api/stations?" + query), parameter);

    verifyNoInteractions(stations);
  }

  // --- one station ---------------------------------------------------------------------------------------------

  @Test
  void theCatalogueExportsWholeInTheListingsOrderAndColumns() {
    org.mockito.Mockito.doAnswer(call -> {
      java.util.function.Consumer<Station> sink = call.getArgument(1);
      sink.accept(ALPHA);
      sink.accept(BRAVO);
      return null;
    }).when(export).export(any(), any());

    Response csv = get(API, "/api/stations/export?state=IL&near=37,-89&radius_km=100");

    List<String> lines = okCsv(csv);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("station_id,name,state,latitude,longitude,elevation_m,");
    assertThat(lines.get(1)).startsWith("USC00110072,CAIRO,IL,37.0033,-89.1756,96.0,");
    assertThat(lines.get(2)).startsWith("USW00094728,,,,,,");
    assertThat(csv.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"stations.csv\"");
    org.mockito.ArgumentCaptor<StationFilter> filter = org.mockito.ArgumentCaptor.forClass(StationFilter.class);
    verify(export).export(filter.capture(), any());
    assertThat(filter.getValue().states()).containsExactly("IL");
    assertThat(filter.getValue().near().orElseThrow().radiusKm()).isEqualTo(100.0);
    invalidParameter(get(API, "/api/stations/export?radius_km=10"), "radius_km");
    invalidParameter(get(API, "/api/stations/export?cursor=x"), "cursor");
  }

  @Test
  void oneStationIsTheSummaryOfTheStationInThePath() {
    when(stations.find(ALPHA.id())).thenReturn(Optional.of(ALPHA));

    JsonNode body = okJson(get(API, "/api/stations/USC00110072"));

    assertStation(body, ALPHA);
    verify(stations).find(new StationId("USC00110072"));
  }

  @Test
  void stationIdInThePathIsNormalised() {
    when(stations.find(ALPHA.id())).thenReturn(Optional.of(ALPHA));

    assertThat(okJson(get(API, "/api/stations/usc00110072")).path("station_id").asText()).isEqualTo("USC00110072");
  }

  @Test
  void oneStationInImperialUnits() {
    when(stations.find(ALPHA.id())).thenReturn(Optional.of(ALPHA));

    JsonNode body = okJson(get(API, "/api/stations/USC00110072?units=imperial"));

    assertThat(body.path("elevation_ft").decimalValue()).isEqualByComparingTo("315");
    assertThat(body.has("elevation_m")).isFalse();
  }

  @Test
  void stationWithoutDataIs404ProblemNamingTheStation() {
    when(stations.find(any())).thenReturn(Optional.empty());

    JsonNode body = problem(get(API, "/api/stations/USC00000000"), 404);

    assertThat(body.path("detail").asText()).contains("USC00000000");
    verify(stations).find(new StationId("USC00000000"));
  }

  @Test
  void malformedStationIdIs400ProblemAndNeverQueries() {
    invalidParameter(get(API, "/api/stations/bad"), "station_id");

    verifyNoInteractions(stations);
  }

  @Test
  void unknownParameterOnOneStationIs400() {
    invalidParameter(get(API, "/api/stations/USC00110072?foo=1"), "foo");

    verifyNoInteractions(stations);
  }
}
