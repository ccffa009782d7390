package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.RestFixtures.CSV;
import static io.weatherdata.adapter.in.rest.RestFixtures.FIRST;
import static io.weatherdata.adapter.in.rest.RestFixtures.JANUARY;
import static io.weatherdata.adapter.in.rest.RestFixtures.SECOND;
import static io.weatherdata.adapter.in.rest.RestFixtures.api;
import static io.weatherdata.adapter.in.rest.RestFixtures.cursors;
import static io.weatherdata.adapter.in.rest.RestFixtures.fieldNames;
import static io.weatherdata.adapter.in.rest.RestFixtures.forged;
import static io.weatherdata.adapter.in.rest.RestFixtures.get;
import static io.weatherdata.adapter.in.rest.RestFixtures.invalidParameter;
import static io.weatherdata.adapter.in.rest.RestFixtures.lastPage;
import static io.weatherdata.adapter.in.rest.RestFixtures.nextCursor;
import static io.weatherdata.adapter.in.rest.RestFixtures.nextLink;
import static io.weatherdata.adapter.in.rest.RestFixtures.observation;
import static io.weatherdata.adapter.in.rest.RestFixtures.okCsv;
import static io.weatherdata.adapter.in.rest.RestFixtures.okJson;
import static io.weatherdata.adapter.in.rest.RestFixtures.pageWithMore;
import static io.weatherdata.adapter.in.rest.RestFixtures.queryParameters;
import static io.weatherdata.adapter.in.rest.RestFixtures.request;
import static io.weatherdata.adapter.in.rest.RestFixtures.tampered;
import static org.mockito.ArgumentMatchers.eq;
import static io.weatherdata.adapter.in.rest.RestFixtures.problem;
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
import io.weatherdata.application.query.port.in.ExportObservationsUseCase;
import io.weatherdata.application.query.port.in.FindObservationsUseCase;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import io.weatherdata.application.query.model.ObservationFilter;
import io.weatherdata.application.query.model.ObservationQuery;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.ObservationKey;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

@ExtendWith(DropwizardExtensionsSupport.class)
class ObservationsResourceTest {
  private static final FindObservationsUseCase observations = mock(FindObservationsUseCase.class);
  private static final GetStoredDataVersionUseCase dataVersion = mock(GetStoredDataVersionUseCase.class);
  private static final ExportObservationsUseCase export = mock(ExportObservationsUseCase.class);
  static final ResourceExtension API = api(dataVersion, new ObservationsResource(observations, export, cursors()));


  @BeforeEach
  void dataVersion() {
    when(dataVersion.current()).thenReturn("v1");
  }

  @AfterEach
  void resetMocks() {
    reset(observations, export, dataVersion);
  }

  private ObservationQuery onlyQuery() {
    ArgumentCaptor<ObservationQuery> query = ArgumentCaptor.forClass(ObservationQuery.class);
    verify(observations).find(query.capture());
    return query.getValue();
  }

  @Test
  void filtersArePassedToTheUseCaseWithTheDefaultPageSize() {
    when(observations.find(any())).thenReturn(lastPage(1, FIRST));

    assertThat(get(API, JANUARY).getStatus()).isEqualTo(200);

    assertThat(onlyQuery()).isEqualTo(new ObservationQuery(new ObservationFilter(List.of(new StationId("USC00110072")),
        List.of(),
        Optional.of(LocalDate.of(1985, 1, 1)), Optional.of(LocalDate.of(1985, 1, 31))),
        new PageRequest<>(100, Optional.empty())));
  }

  @Test
  void observationsAreSnakeCaseJsonWithExactDecimalsAndNullForMissingValues() {
    when(observations.find(any())).thenReturn(lastPage(101, FIRST, SECOND));

    JsonNode body = okJson(get(API, JANUARY));

    JsonNode first = body.path("data").path(0);
    assertThat(fieldNames(first)).containsExactly("station_id", "date", "max_temp_c", "min_temp_c", "precipitation_mm");
    assertThat(first.path("station_id").asText()).isEqualTo("USC00110072");
    assertThat(first.path("date").isTextual()).isTrue();
    assertThat(first.path("date").asText()).isEqualTo("1985-01-01");
    assertThat(first.path("max_temp_c").decimalValue()).isEqualTo(new BigDecimal("-2.2"));
    assertThat(first.path("min_temp_c").decimalValue()).isEqualTo(new BigDecimal("-12.8"));
    assertThat(first.path("precipitation_mm").isNull()).isTrue();
    JsonNode second = body.path("data").path(1);
    assertThat(second.path("date").asText()).isEqualTo("1985-01-02");
    assertThat(second.path("max_temp_c").decimalValue()).isEqualTo(new BigDecimal("10.0"));
    assertThat(second.path("min_temp_c").isNull()).isTrue();
    assertThat(second.path("precipitation_mm").decimalValue()).isEqualTo(new BigDecimal("9.4"));
    assertThat(body.path("data").size()).isEqualTo(2);
  }

  @Test
  void lastPageHasPageInfoWithNullNextCursorAndNoLink() {
    when(observations.find(any())).thenReturn(lastPage(101, FIRST));

    Response response = get(API, JANUARY + "&page_size=7");
    JsonNode page = okJson(response).path("page");

    assertThat(page.path("page_size").asInt()).isEqualTo(7);
    assertThat(page.has("next_cursor")).isTrue();
    assertThat(page.path("next_cursor").isNull()).isTrue();
    assertThat(page.path("total").asLong()).isEqualTo(101);
    assertThat(response.getHeaderString("Link")).isNull();
    assertThat(onlyQuery().page()).isEqualTo(new PageRequest<>(7, Optional.empty()));
  }

  @Test
  void dateSetsBothEndsOfTheRange() {
    when(observations.find(any())).thenReturn(lastPage(0));

    assertThat(get(API, "/api/weather?date=1985-01-15").getStatus()).isEqualTo(200);

    ObservationQuery query = onlyQuery();
    assertThat(query.filter().from()).contains(LocalDate.of(1985, 1, 15));
    assertThat(query.filter().to()).contains(LocalDate.of(1985, 1, 15));
    assertThat(query.filter().stations()).isEmpty();
  }

  @Test
  void noFiltersQueryAllStationsAndDays() {
    when(observations.find(any())).thenReturn(lastPage(0));

    assertThat(get(API, "/api/weather").getStatus()).isEqualTo(200);

    assertThat(onlyQuery()).isEqualTo(new ObservationQuery(new ObservationFilter(List.of(), List.of(), Optional.empty(
        ), Optional
        .empty()),
        new PageRequest<>(100, Optional.empty())));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "station_id=USC00110072,USW00094728",
      "station_id=USC00110072&station_id=USW00094728",
      "station_id=USW00094728,usc00110072",
      "station_id=usw00094728&station_id=USC00110072,USC00110072&station_id=%20USW00094728%20"})
  void commaListsAndRepeatedStationIdsGiveEveryStationNormalisedSortedOnce(String stations) {
    when(observations.find(any())).thenReturn(lastPage(0));

    assertThat(get(API, "/api/weather?" + stations).getStatus()).isEqualTo(200);

    assertThat(onlyQuery().filter().stations())
        .containsExactly(new StationId("USC00110072"), new StationId("USW00094728"));
  }

  @Test
  void twoHundredStationsAreAccepted() {
    when(observations.find(any())).thenReturn(lastPage(0));

    assertThat(get(API, "/api/weather?station_id=" + stationList(200)).getStatus()).isEqualTo(200);

    assertThat(onlyQuery().filter().stations()).hasSize(200);
  }

  @Test
  void moreThanTwoHundredStationsAreRejected() {
    invalidParameter(get(API, "/api/weather?station_id=" + stationList(201)), "station_id");

    verifyNoInteractions(observations);
  }

  private static String stationList(int count) {
    return IntStream.range(0, count).mapToObj(i -> String.format("USC%08d", i)).collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "start_date=1985-13-01                         | start_date",
      "end_date=1985-02-30                           | end_date",
      "date=yesterday                                | date",
      "start_date=1985-02-01&end_date=1985-01-31     | start_date",
      "date=1985-01-01&start_date=1985-01-01         | date",
      "date=1985-01-01&end_date=1985-01-31           | date",
      "start_date=1985-01-01&start_date=1985-01-02   | start_date",
      "foo=1                                         | foo",
      "year=1985                                     | year",
      "page_size=1&page_size=2                       | page_size",
      "page_size=0                                   | page_size",
      "page_size=1001                                | page_size",
      "page_size=abc                                 | page_size",
      "station_id=bad                                | station_id",
      "station_id=USC00110072,                       | station_id",
      "format=xml                                    | format",
      "format=csv&format=json                        | format",
      "cursor=!!!not-base64!!!                       | cursor",
      "cursor=AAAA                                   | cursor"})
  void badRequestsAre400ProblemsNamingTheParameterAndNeverQuery(String query, String parameter) {
    invalidParameter(get(API, "/api/weather?" + query), parameter);

    verifyNoInteractions(observations);
  }

  // --- paging --------------------------------------------------------------------------------------------------

  /** Requests the first page of {@code pathAndQuery} (more to come) and returns the response, forgetting the call. */
  private Response firstPageOf(String pathAndQuery) {
    when(observations.find(any())).thenReturn(pageWithMore(3, FIRST, SECOND));
    Response response = get(API, pathAndQuery);
    assertThat(response.getStatus()).isEqualTo(200);
    clearInvocations(observations);
    return response;
  }

  @Test
  void pageWithMoreHasNextCursorAndNextLinkWithTheSameFilters() {
    Response response = firstPageOf(JANUARY);

    String cursor = nextCursor(okJson(response));
    URI next = nextLink(response);
    assertThat(next.resolve("/")).isEqualTo(API.target("").getUri().resolve("/"));
    assertThat(next.getPath()).isEqualTo("/api/weather");
    assertThat(queryParameters(next)).isEqualTo(Map.of("station_id", List.of("USC00110072"),
        "start_date", List.of("1985-01-01"), "end_date", List.of("1985-01-31"), "cursor", List.of(cursor)));
  }

  @Test
  void nextLinkAsksForTheItemsAfterTheLastOneOfThePage() {
    URI next = nextLink(firstPageOf(JANUARY + "&page_size=2"));
    when(observations.find(any())).thenReturn(lastPage(3, observation("USC00110072", "1985-01-03", 1, 0, 0)));

    JsonNode page = okJson(get(API, next));

    assertThat(onlyQuery()).isEqualTo(new ObservationQuery(new ObservationFilter(List.of(new StationId("USC00110072")),
        List.of(),
        Optional.of(LocalDate.of(1985, 1, 1)), Optional.of(LocalDate.of(1985, 1, 31))),
        new PageRequest<>(2, Optional.of(new ObservationKey(SECOND.station(), SECOND.date())))));
    assertThat(page.path("page").path("next_cursor").isNull()).isTrue();
  }

  @Test
  void cursorPassedBackWithEquivalentFiltersIsAccepted() {
    String cursor = nextCursor(okJson(firstPageOf(JANUARY)));
    when(observations.find(any())).thenReturn(lastPage(3));

    String sameFiltersOtherSpelling =
        "/api/weather?end_date=1985-01-31&station_id=usc00110072&start_date=1985-01-01&cursor=" + cursor;
    assertThat(get(API, sameFiltersOtherSpelling).getStatus()).isEqualTo(200);

    assertThat(onlyQuery().page().after()).contains(ObservationKey.of(SECOND));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/weather?station_id=USC00110072&start_date=1985-01-02&end_date=1985-01-31",
      "/api/weather?station_id=USC00110072&start_date=1985-01-01",
      "/api/weather?station_id=USC00110072,USW00094728&start_date=1985-01-01&end_date=1985-01-31",
      "/api/weather?start_date=1985-01-01&end_date=1985-01-31"})
  void cursorWithOtherFiltersIsRejected(String otherFilters) {
    String cursor = nextCursor(okJson(firstPageOf(JANUARY)));

    invalidParameter(get(API, otherFilters + "&cursor=" + cursor), "cursor");

    verifyNoInteractions(observations);
  }

  @Test
  void tamperedCursorIsRejected() {
    String cursor = nextCursor(okJson(firstPageOf(JANUARY)));

    invalidParameter(get(API, JANUARY + "&cursor=" + tampered(cursor)), "cursor");

    verifyNoInteractions(observations);
  }

  @Test
  void cursorWithAnAlteredPositionIsRejected() {
    String cursor = nextCursor(okJson(firstPageOf(JANUARY)));

    invalidParameter(get(API, JANUARY + "&cursor=" + forged(cursor, "1985-01-02", "1985-01-20")), "cursor");

    verifyNoInteractions(observations);
  }

  @Test
  void truncatedCursorIsRejected() {
    String cursor = nextCursor(okJson(firstPageOf(JANUARY)));

    invalidParameter(get(API, JANUARY + "&cursor=" + cursor.substring(0, cursor.length() - 4)), "cursor");

    verifyNoInteractions(observations);
  }

  // --- CSV -----------------------------------------------------------------------------------------------------

  @Test
  void acceptTextCsvGivesHeaderThenRowsWithEmptyFieldsForMissingValues() {
    when(observations.find(any())).thenReturn(lastPage(2, FIRST, SECOND));

    List<String> lines = okCsv(request(API, JANUARY).accept(CSV).get());

    assertThat(lines).containsExactly(
        "station_id,date,max_temp_c,min_temp_c,precipitation_mm",
        "USC00110072,1985-01-01,-2.2,-12.8,",
        "USC00110072,1985-01-02,10.0,,9.4");
  }

  @Test
  void formatCsvOverridesAcceptAndGivesTheSameCsv() {
    when(observations.find(any())).thenReturn(lastPage(2, FIRST, SECOND));

    List<String> lines = okCsv(request(API, JANUARY + "&format=csv").accept("application/json").get());

    assertThat(lines).containsExactly(
        "station_id,date,max_temp_c,min_temp_c,precipitation_mm",
        "USC00110072,1985-01-01,-2.2,-12.8,",
        "USC00110072,1985-01-02,10.0,,9.4");
    assertThat(onlyQuery().page()).isEqualTo(new PageRequest<>(100, Optional.empty()));
  }

  @Test
  void formatJsonOverridesAcceptTextCsv() {
    when(observations.find(any())).thenReturn(lastPage(1, FIRST));

    JsonNode body = okJson(request(API, JANUARY + "&format=json").accept(CSV).get());

    assertThat(body.path("data").path(0).path("station_id").asText()).isEqualTo("USC00110072");
  }

  @Test
  void csvColumnsAreInTheOrderOfTheJsonFields() {
    when(observations.find(any())).thenReturn(lastPage(1, FIRST));
    List<String> jsonFields = fieldNames(okJson(get(API, JANUARY)).path("data").path(0));

    List<String> csvHeader = List.of(okCsv(get(API, JANUARY + "&format=csv")).get(0).split(","));

    assertThat(csvHeader).isEqualTo(jsonFields);
  }

  @Test
  void csvPageWithMoreStillHasTheNextLink() {
    when(observations.find(any())).thenReturn(pageWithMore(3, FIRST, SECOND));

    Response response = get(API, JANUARY + "&format=csv");

    assertThat(okCsv(response)).hasSize(3);
    assertThat(nextLink(response).getQuery()).contains("format=csv").contains("cursor=");
    assertThat(response.getHeaderString(HttpHeaders.CONTENT_TYPE)).contains("charset=utf-8");
  }

  // --- the whole listing ----------------------------------------------------------------------------------------

  private void exportStreams(Observation... rows) {
    org.mockito.Mockito.doAnswer(call -> {
      java.util.function.Consumer<Observation> sink = call.getArgument(1);
      for (Observation row : rows) {
        sink.accept(row);
      }
      return null;
    }).when(export).export(any(), any());
  }

  @Test
  void theExportIsTheWholeListingAsCsvWithTheListingsColumnsAndAFileName() {
    exportStreams(FIRST, SECOND);

    Response response = get(API, "/api/weather/export?station_id=USC00110072&start_date=1985-01-01");

    assertThat(okCsv(response)).containsExactly("station_id,date,max_temp_c,min_temp_c,precipitation_mm",
        "USC00110072,1985-01-01,-2.2,-12.8,", "USC00110072,1985-01-02,10.0,,9.4");
    assertThat(response.getHeaderString("Content-Disposition"))
        .isEqualTo("attachment; filename=\"observations-USC00110072.csv\"");
    verify(export).export(eq(new ObservationFilter(List.of(new StationId("USC00110072")), List.of(),
        Optional.of(LocalDate.of(1985, 1, 1)), Optional.empty())), any());
  }

  @Test
  void theExportIsNdjsonWhenAskedByFormatOrAccept() throws Exception {
    exportStreams(FIRST, SECOND);

    Response byFormat = get(API, "/api/weather/export?format=ndjson&units=imperial");
    Response byAccept = request(API, "/api/weather/export").accept("application/x-ndjson").get();

    String body = byFormat.readEntity(String.class);
    assertThat(byFormat.getMediaType().toString()).startsWith("application/x-ndjson");
    assertThat(body.split("\n")).hasSize(2);
    assertThat(body).startsWith("{\"station_id\":\"USC00110072\",\"date\":\"1985-01-01\",\"max_temp_f\":28.0,");
    assertThat(byAccept.readEntity(String.class)).contains("\"max_temp_c\":-2.2");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "start_date=1985-13-01 | start_date",
      "page_size=10          | page_size",
      "cursor=abc            | cursor",
      "units=si              | units",
      "format=xml            | format"})
  void aBadExportRequestIs400BeforeAnythingIsRead(String query, String parameter) {
    invalidParameter(get(API, "/api/weather/export?" + query), parameter);

    verifyNoInteractions(export);
  }

  @Test
  void representationsAnEndpointDoesNotOfferAre406() {
    problem(get(API, "/api/weather/export?format=json"), 406);
    problem(get(API, "/api/weather?format=ndjson"), 406);

    verifyNoInteractions(export, observations);
  }
}
