package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.RestFixtures.api;
import static io.weatherdata.adapter.in.rest.RestFixtures.cursors;
import static io.weatherdata.adapter.in.rest.RestFixtures.get;
import static io.weatherdata.adapter.in.rest.RestFixtures.invalidParameter;
import static io.weatherdata.adapter.in.rest.RestFixtures.lastPage;
import static io.weatherdata.adapter.in.rest.RestFixtures.nextLink;
import static io.weatherdata.adapter.in.rest.RestFixtures.okCsv;
import static io.weatherdata.adapter.in.rest.RestFixtures.okJson;
import static io.weatherdata.adapter.in.rest.RestFixtures.pageWithMore;
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
import io.weatherdata.application.agronomy.model.CornWeatherYear;
import io.weatherdata.application.agronomy.model.Correlation;
import io.weatherdata.application.agronomy.model.ProductionYear;
import io.weatherdata.application.agronomy.model.RegionWeather;
import io.weatherdata.application.agronomy.port.in.CompareCornWithWeatherUseCase;
import io.weatherdata.application.query.model.CornFilter;
import io.weatherdata.application.query.model.CornQuery;
import io.weatherdata.application.query.port.in.FindCornProductionUseCase;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.paging.PageRequest;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

@ExtendWith(DropwizardExtensionsSupport.class)
class CornResourceTest {
  private static final FindCornProductionUseCase corn = mock(FindCornProductionUseCase.class);
  private static final GetStoredDataVersionUseCase dataVersion = mock(GetStoredDataVersionUseCase.class);
  private static final CompareCornWithWeatherUseCase weather = mock(CompareCornWithWeatherUseCase.class);
  static final ResourceExtension API = api(dataVersion, new CornResource(corn, weather, cursors()));
  private static final CornProduction Y1987 = new CornProduction(1987, new BigDecimal("181142.000"));
  private static final CornProduction Y1988 = new CornProduction(1988, new BigDecimal("125194.000"));

  @BeforeEach
  void dataVersion() {
    when(dataVersion.current()).thenReturn("v1");
  }

  @AfterEach
  void resetMocks() {
    reset(corn, weather, dataVersion);
  }

  private CornQuery onlyQuery() {
    ArgumentCaptor<CornQuery> query = ArgumentCaptor.forClass(CornQuery.class);
    verify(corn).find(query.capture());
    return query.getValue();
  }

  @Test
  void yearsArePassedOnAndProductionIsListedInKilotonnes() {
    when(corn.find(any())).thenReturn(lastPage(2, Y1987, Y1988));

    JsonNode body = okJson(get(API, "/api/corn?start_year=1987&end_year=1988"));

    assertThat(onlyQuery()).isEqualTo(new CornQuery(new CornFilter(Optional.of(1987), Optional.of(1988)),
        new PageRequest<>(100, Optional.empty())));
    assertThat(body.at("/data/0/year").asInt()).isEqualTo(1987);
    assertThat(body.at("/data/1/production_kt").decimalValue()).isEqualTo(new BigDecimal("125194.000"));
    assertThat(okCsv(get(API, "/api/corn?format=csv"))).containsExactly("year,production_kt",
        "1987,181142.000", "1988,125194.000");
  }

  @Test
  void theNextPageStartsAfterTheLastYear() {
    when(corn.find(any())).thenReturn(pageWithMore(3, Y1987));
    Response first = get(API, "/api/corn?page_size=1");
    clearInvocations(corn);
    when(corn.find(any())).thenReturn(lastPage(3, Y1988));

    assertThat(get(API, nextLink(first)).getStatus()).isEqualTo(200);

    assertThat(onlyQuery().page().after()).contains(1987);
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "year=abc                     | year",
      "year=1700                    | year",
      "start_year=1990&end_year=1980| start_year",
      "year=1988&start_year=1980    | year",
      "units=imperial               | units",
      "station_id=USC00110072       | station_id"})
  void badRequestsAre400ProblemsNamingTheParameterAndNeverQuery(String query, String parameter) {
    invalidParameter(get(API, "/api/corn?" + query), parameter);

    verifyNoInteractions(corn);
  }

  @Test
  void cornAgainstWeatherListsEveryYearForTheStatesAsked() {
    RegionWeather weather1988 = new RegionWeather(Optional.of(new BigDecimal("33.100000")), 40, Optional.empty(), 0,
        Optional.of(new BigDecimal("1950.250000")), 38);
    when(weather.years(List.of("IA", "IL"))).thenReturn(List.of(new CornWeatherYear(
        new ProductionYear(1988, new BigDecimal("125194.000"), weather1988), new BigDecimal("190000.500"),
        new BigDecimal("-34.108"))));

    JsonNode body = okJson(get(API, "/api/corn/weather?state=IL,IA"));

    assertThat(body.at("/data/0/departure_pct").decimalValue()).isEqualTo(new BigDecimal("-34.108"));
    assertThat(body.at("/data/0/jja_total_precipitation_mm").isNull()).isTrue();
    assertThat(body.at("/data/0/stations_gdd").asInt()).isEqualTo(38);
    assertThat(body.at("/page/next_cursor").isNull()).isTrue();
    assertThat(okCsv(get(API, "/api/corn/weather?state=IL,IA&format=csv")).get(1))
        .isEqualTo("1988,125194.000,190000.500,-34.108,33.100000,40,,0,1950.250000,38");
  }

  @Test
  void correlationsAreNullWhereUndefined() {
    when(weather.correlations(List.of())).thenReturn(List.of(
        new Correlation("jja_avg_max_temp_c", 30, OptionalDouble.of(-0.61), OptionalDouble.of(-0.55),
            OptionalDouble.of(0.0003)),
        new Correlation("gdd_apr_oct", 2, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty())));

    JsonNode body = okJson(get(API, "/api/corn/correlations"));

    assertThat(body.at("/data/0/pearson_r").asDouble()).isEqualTo(-0.61);
    assertThat(body.at("/data/0/p_value").asDouble()).isEqualTo(0.0003);
    assertThat(body.at("/data/1/spearman_rho").isNull()).isTrue();
    invalidParameter(get(API, "/api/corn/correlations?state=Illinois"), "state");
    invalidParameter(get(API, "/api/corn/correlations?station_id=USC00110072"), "station_id");
  }
}
