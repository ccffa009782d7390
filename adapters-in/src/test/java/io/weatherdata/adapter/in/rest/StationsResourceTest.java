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
import io.weatherdata.application.query.port.in.FindStationsUseCase;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationSummary;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

@ExtendWith(DropwizardExtensionsSupport.class)
class StationsResourceTest {
  private static final FindStationsUseCase stations = mock(FindStationsUseCase.class);
  private static final GetStoredDataVersionUseCase dataVersion = mock(GetStoredDataVersionUseCase.class);
  static final ResourceExtension API = api(dataVersion, new StationsResource(stations, cursors()));

  private static final StationSummary ALPHA =
      stationSummary("USC00110072", "1985-01-01", "2014-12-31", 10_957, 12, 34, 56);
  private static final StationSummary BRAVO =
      stationSummary("USW00094728", "1990-06-01", "2000-05-31", 3_653, 0, 1, 2);

  @BeforeEach
  void dataVersion() {
    when(dataVersion.current()).thenReturn("v1");
  }

  @AfterEach
  void resetMocks() {
    reset(stations, dataVersion);
  }

  @SuppressWarnings("unchecked")
  private PageRequest<StationId> onlyListRequest() {
    ArgumentCaptor<PageRequest<StationId>> request = ArgumentCaptor.forClass(PageRequest.class);
    verify(stations).list(request.capture());
    return request.getValue();
  }

  @Test
  void listAsksForTheFirstPageOfTheDefaultSize() {
    when(stations.list(any())).thenReturn(lastPage(2, ALPHA, BRAVO));

    assertThat(get(API, "/api/stations").getStatus()).isEqualTo(200);

    assertThat(onlyListRequest()).isEqualTo(new PageRequest<StationId>(100, Optional.empty()));
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

  private static void assertStation(JsonNode json, StationSummary expected) {
    assertThat(fieldNames(json)).containsExactly("station_id", "first_date", "last_date", "days",
        "missing_max_temp", "missing_min_temp", "missing_precipitation");
    assertThat(json.path("station_id").asText()).isEqualTo(expected.station().value());
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
        "station_id,first_date,last_date,days,missing_max_temp,missing_min_temp,missing_precipitation",
        "USC00110072,1985-01-01,2014-12-31,10957,12,34,56",
        "USW00094728,1990-06-01,2000-05-31,3653,0,1,2");
  }

  @Test
  void nextLinkAsksForTheStationsAfterTheLastOneOfThePage() {
    when(stations.list(any())).thenReturn(pageWithMore(3, ALPHA, BRAVO));
    Response first = get(API, "/api/stations?page_size=2");
    assertThat(nextCursor(okJson(first))).isNotBlank();
    clearInvocations(stations);
    when(stations.list(any())).thenReturn(lastPage(3));

    assertThat(get(API, nextLink(first)).getStatus()).isEqualTo(200);

    assertThat(onlyListRequest()).isEqualTo(new PageRequest<>(2, Optional.of(BRAVO.station())));
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
      "cursor=!!!not-base64!!!  | cursor"})
  void badListRequestsAre400ProblemsNamingTheParameterAndNeverQuery(String query, String parameter) {
    invalidParameter(get(API, "/api/stations?" + query), parameter);

    verifyNoInteractions(stations);
  }

  // --- one station ---------------------------------------------------------------------------------------------

  @Test
  void oneStationIsTheSummaryOfTheStationInThePath() {
    when(stations.find(ALPHA.station())).thenReturn(Optional.of(ALPHA));

    JsonNode body = okJson(get(API, "/api/stations/USC00110072"));

    assertStation(body, ALPHA);
    verify(stations).find(new StationId("USC00110072"));
  }

  @Test
  void stationIdInThePathIsNormalised() {
    when(stations.find(ALPHA.station())).thenReturn(Optional.of(ALPHA));

    assertThat(okJson(get(API, "/api/stations/usc00110072")).path("station_id").asText()).isEqualTo("USC00110072");
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
