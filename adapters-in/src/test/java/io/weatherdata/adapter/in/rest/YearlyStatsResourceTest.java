package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.RestFixtures.api;
import static io.weatherdata.adapter.in.rest.RestFixtures.cursors;
import static io.weatherdata.adapter.in.rest.RestFixtures.fieldNames;
import static io.weatherdata.adapter.in.rest.RestFixtures.forged;
import static io.weatherdata.adapter.in.rest.RestFixtures.get;
import static io.weatherdata.adapter.in.rest.RestFixtures.invalidParameter;
import static io.weatherdata.adapter.in.rest.RestFixtures.lastPage;
import static io.weatherdata.adapter.in.rest.RestFixtures.nextCursor;
import static io.weatherdata.adapter.in.rest.RestFixtures.nextLink;
import static io.weatherdata.adapter.in.rest.RestFixtures.okCsv;
import static io.weatherdata.adapter.in.rest.RestFixtures.okJson;
import static io.weatherdata.adapter.in.rest.RestFixtures.pageWithMore;
import static io.weatherdata.adapter.in.rest.RestFixtures.tampered;
import static io.weatherdata.adapter.in.rest.RestFixtures.yearlyStats;
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
import io.weatherdata.application.query.port.in.ExportYearlyStatsUseCase;
import io.weatherdata.application.query.port.in.FindYearlyStatsUseCase;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import io.weatherdata.application.query.model.YearlyStatsFilter;
import io.weatherdata.application.query.model.YearlyStatsQuery;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import io.weatherdata.domain.stats.YearlyStats;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

@ExtendWith(DropwizardExtensionsSupport.class)
class YearlyStatsResourceTest {
  private static final FindYearlyStatsUseCase stats = mock(FindYearlyStatsUseCase.class);
  private static final GetStoredDataVersionUseCase dataVersion = mock(GetStoredDataVersionUseCase.class);
  static final ResourceExtension API = api(dataVersion, new YearlyStatsResource(stats, mock(ExportYearlyStatsUseCase
      .class), cursors()));

  private static final String EIGHTIES = "/api/weather/stats?station_id=USC00110072&start_year=1985&end_year=1989";
  private static final YearlyStats Y1985 = yearlyStats("USC00110072", 1985, "15.334795", null, "78.01");
  private static final YearlyStats Y1986 = yearlyStats("USC00110072", 1986, "14.000000", "4.326446", null);

  @BeforeEach
  void dataVersion() {
    when(dataVersion.current()).thenReturn("v1");
  }

  @AfterEach
  void resetMocks() {
    reset(stats, dataVersion);
  }

  private YearlyStatsQuery onlyQuery() {
    ArgumentCaptor<YearlyStatsQuery> query = ArgumentCaptor.forClass(YearlyStatsQuery.class);
    verify(stats).find(query.capture());
    return query.getValue();
  }

  @Test
  void startAndEndYearArePassedToTheUseCaseWithTheDefaultPageSize() {
    when(stats.find(any())).thenReturn(lastPage(0));

    assertThat(get(API, EIGHTIES).getStatus()).isEqualTo(200);

    assertThat(onlyQuery()).isEqualTo(new YearlyStatsQuery(new YearlyStatsFilter(List.of(new StationId("USC00110072")),
        List.of(),
        Optional.of(1985), Optional.of(1989)),
        new PageRequest<>(100, Optional.empty())));
  }

  @Test
  void yearSetsBothEndsOfTheRange() {
    when(stats.find(any())).thenReturn(lastPage(0));

    assertThat(get(API, "/api/weather/stats?year=1985&page_size=10").getStatus()).isEqualTo(200);

    assertThat(onlyQuery()).isEqualTo(new YearlyStatsQuery(new YearlyStatsFilter(List.of(), List.of(), Optional.of(
        1985), Optional
        .of(1985)),
        new PageRequest<>(10, Optional.empty())));
  }

  @Test
  void commaListAndRepeatedStationIdsGiveEveryStationOnce() {
    when(stats.find(any())).thenReturn(lastPage(0));

    assertThat(get(API, "/api/weather/stats?station_id=usw00094728,USC00110072&station_id=USC00110072")
        .getStatus()).isEqualTo(200);

    assertThat(onlyQuery().filter().stations()).containsExactly(new StationId("USC00110072"), new StationId(
        "USW00094728"));
  }

  @Test
  void statsAreSnakeCaseJsonWithExactDecimalsAndNullForAbsentStatistics() {
    when(stats.find(any())).thenReturn(lastPage(12, Y1985, Y1986));

    JsonNode body = okJson(get(API, EIGHTIES));

    JsonNode first = body.path("data").path(0);
    assertThat(fieldNames(first))
        .containsExactly("station_id", "year", "avg_max_temp_c", "avg_min_temp_c", "total_precipitation_cm");
    assertThat(first.path("station_id").asText()).isEqualTo("USC00110072");
    assertThat(first.path("year").isInt()).isTrue();
    assertThat(first.path("year").asInt()).isEqualTo(1985);
    assertThat(first.path("avg_max_temp_c").decimalValue()).isEqualTo(new BigDecimal("15.334795"));
    assertThat(first.path("avg_min_temp_c").isNull()).isTrue();
    assertThat(first.path("total_precipitation_cm").decimalValue()).isEqualTo(new BigDecimal("78.01"));
    JsonNode second = body.path("data").path(1);
    assertThat(second.path("avg_max_temp_c").decimalValue()).isEqualTo(new BigDecimal("14.000000"));
    assertThat(second.path("avg_min_temp_c").decimalValue()).isEqualTo(new BigDecimal("4.326446"));
    assertThat(second.path("total_precipitation_cm").isNull()).isTrue();
    assertThat(body.path("page").path("page_size").asInt()).isEqualTo(100);
    assertThat(body.path("page").path("total").asLong()).isEqualTo(12);
    assertThat(body.path("page").path("next_cursor").isNull()).isTrue();
  }

  @Test
  void csvHasTheHeaderThenOneLinePerStationYearWithEmptyFieldsForAbsentStatistics() {
    when(stats.find(any())).thenReturn(lastPage(2, Y1985, Y1986));

    assertThat(okCsv(get(API, EIGHTIES + "&format=csv"))).containsExactly(
        "station_id,year,avg_max_temp_c,avg_min_temp_c,total_precipitation_cm",
        "USC00110072,1985,15.334795,,78.01",
        "USC00110072,1986,14.000000,4.326446,");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "start_year=1990&end_year=1985     | start_year",
      "year=abc                          | year",
      "year=0                            | year",
      "year=10000                        | year",
      "year=1985.5                       | year",
      "year=1985&start_year=1985         | year",
      "year=1985&end_year=1990           | year",
      "year=1985&year=1986               | year",
      "end_year=x                        | end_year",
      "start_date=1985-01-01             | start_date",
      "foo=1                             | foo",
      "station_id=bad                    | station_id",
      "page_size=0                       | page_size",
      "page_size=1001                    | page_size",
      "page_size=abc                     | page_size",
      "format=xml                        | format",
      "cursor=!!!not-base64!!!           | cursor"})
  void badRequestsAre400ProblemsNamingTheParameterAndNeverQuery(String query, String parameter) {
    invalidParameter(get(API, "/api/weather/stats?" + query), parameter);

    verifyNoInteractions(stats);
  }

  // --- paging --------------------------------------------------------------------------------------------------

  /** The first page of {@code pathAndQuery} (1985 and 1986, more to come); the call is then forgotten. */
  private Response firstPageResponse(String pathAndQuery) {
    when(stats.find(any())).thenReturn(pageWithMore(5, Y1985, Y1986));
    Response response = get(API, pathAndQuery);
    assertThat(response.getStatus()).isEqualTo(200);
    clearInvocations(stats);
    return response;
  }

  private JsonNode firstPageOf(String pathAndQuery) {
    return okJson(firstPageResponse(pathAndQuery));
  }

  @Test
  void nextLinkAsksForTheStationYearsAfterTheLastOneOfThePage() {
    Response first = firstPageResponse(EIGHTIES + "&page_size=2");
    when(stats.find(any())).thenReturn(lastPage(5));

    assertThat(get(API, nextLink(first)).getStatus()).isEqualTo(200);

    assertThat(onlyQuery()).isEqualTo(new YearlyStatsQuery(new YearlyStatsFilter(List.of(new StationId("USC00110072")),
        List.of(),
        Optional.of(1985), Optional.of(1989)),
        new PageRequest<>(2, Optional.of(new StationYear(
            new StationId("USC00110072"), 1986)))));
  }

  @Test
  void cursorIsAcceptedWithYearGivenAsTheSameRange() {
    String cursor = nextCursor(firstPageOf("/api/weather/stats?start_year=1985&end_year=1985"));
    when(stats.find(any())).thenReturn(lastPage(5));

    assertThat(get(API, "/api/weather/stats?year=1985&cursor=" + cursor).getStatus()).isEqualTo(200);

    assertThat(onlyQuery().page().after()).contains(Y1986.stationYear());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/weather/stats?station_id=USC00110072&start_year=1985&end_year=1990",
      "/api/weather/stats?station_id=USC00110072&start_year=1985",
      "/api/weather/stats?station_id=USW00094728&start_year=1985&end_year=1989",
      "/api/weather/stats?start_year=1985&end_year=1989"})
  void cursorWithOtherFiltersIsRejected(String otherFilters) {
    String cursor = nextCursor(firstPageOf(EIGHTIES));

    invalidParameter(get(API, otherFilters + "&cursor=" + cursor), "cursor");

    verifyNoInteractions(stats);
  }

  @Test
  void tamperedCursorIsRejected() {
    String cursor = nextCursor(firstPageOf(EIGHTIES));

    invalidParameter(get(API, EIGHTIES + "&cursor=" + tampered(cursor)), "cursor");

    verifyNoInteractions(stats);
  }

  @Test
  void cursorWithAnAlteredPositionIsRejected() {
    String cursor = nextCursor(firstPageOf(EIGHTIES));

    invalidParameter(get(API, EIGHTIES + "&cursor=" + forged(cursor, "1986", "1988")), "cursor");

    verifyNoInteractions(stats);
  }
}
