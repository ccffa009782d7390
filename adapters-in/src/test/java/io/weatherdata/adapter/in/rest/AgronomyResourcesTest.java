package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.RestFixtures.api;
import static io.weatherdata.adapter.in.rest.RestFixtures.cursors;
import static io.weatherdata.adapter.in.rest.RestFixtures.get;
import static io.weatherdata.adapter.in.rest.RestFixtures.invalidParameter;
import static io.weatherdata.adapter.in.rest.RestFixtures.lastPage;
import static io.weatherdata.adapter.in.rest.RestFixtures.okCsv;
import static io.weatherdata.adapter.in.rest.RestFixtures.okJson;
import static io.weatherdata.adapter.in.rest.RestFixtures.pageWithMore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.weatherdata.application.agronomy.model.AgronomyFilter;
import io.weatherdata.application.agronomy.model.AgronomyQuery;
import io.weatherdata.application.agronomy.model.StationMonth;
import io.weatherdata.application.agronomy.model.StationYearMonth;
import io.weatherdata.application.agronomy.port.in.ExportAgronomyStatsUseCase;
import io.weatherdata.application.agronomy.port.in.FindAgronomyStatsUseCase;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

@ExtendWith(DropwizardExtensionsSupport.class)
class AgronomyResourcesTest {
  private static final FindAgronomyStatsUseCase stats = mock(FindAgronomyStatsUseCase.class);
  private static final ExportAgronomyStatsUseCase export = mock(ExportAgronomyStatsUseCase.class);
  private static final GetStoredDataVersionUseCase dataVersion = mock(GetStoredDataVersionUseCase.class);
  static final ResourceExtension API = api(dataVersion, AgronomyResources.all(stats, export, cursors()).toArray());
  private static final StationId STATION = StationId.of("USC00110072");
  private static final MonthlyStats JULY_1988 = new MonthlyStats(STATION, YearMonth.of(1988, 7),
      Optional.of(new BigDecimal("33.400000")), Optional.of(new BigDecimal("18.100000")), Optional.empty(),
      Optional.of(new BigDecimal("512.35")), 31, 30, 0, 30);

  @BeforeEach
  void dataVersion() {
    when(dataVersion.current()).thenReturn("v1");
  }

  @AfterEach
  void resetMocks() {
    reset(stats, export, dataVersion);
  }

  @Test
  void monthlyFiltersArePassedOnAndTheItemCarriesItsDayCounts() {
    when(stats.monthly(any())).thenReturn(lastPage(1, JULY_1988));

    JsonNode body = okJson(get(API, "/api/weather/monthly?station_id=USC00110072&state=IL&year=1988&month=7"));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<AgronomyQuery<StationYearMonth>> query = ArgumentCaptor.forClass(AgronomyQuery.class);
    verify(stats).monthly(query.capture());
    assertThat(query.getValue().filter()).isEqualTo(new AgronomyFilter(List.of(STATION), List.of("IL"),
        Optional.of(1988), Optional.of(1988), Optional.of(7)));
    assertThat(body.at("/data/0/gdd").decimalValue()).isEqualTo(new BigDecimal("512.35"));
    assertThat(body.at("/data/0/days_in_month").asInt()).isEqualTo(31);
    assertThat(body.at("/data/0/total_precipitation_mm").isNull()).isTrue();
  }

  @Test
  void theNextMonthlyPageStartsAfterTheLastStationMonthAndCsvHasTheSameColumns() {
    when(stats.monthly(any())).thenReturn(pageWithMore(5, JULY_1988));

    JsonNode first = okJson(get(API, "/api/weather/monthly?month=7&page_size=1"));
    get(API, "/api/weather/monthly?month=7&page_size=1&cursor=" + first.at("/page/next_cursor").asText());

    @SuppressWarnings("unchecked")
    ArgumentCaptor<AgronomyQuery<StationYearMonth>> query = ArgumentCaptor.forClass(AgronomyQuery.class);
    verify(stats, org.mockito.Mockito.times(2)).monthly(query.capture());
    assertThat(query.getAllValues().get(1).page()).isEqualTo(new PageRequest<>(1,
        Optional.of(new StationYearMonth(STATION, YearMonth.of(1988, 7)))));
    invalidParameter(get(API, "/api/weather/monthly?month=8&page_size=1&cursor="
        + first.at("/page/next_cursor").asText()), "cursor");
    assertThat(okCsv(get(API, "/api/weather/monthly?format=csv"))).containsExactly(
        "station_id,year,month,avg_max_temp_c,avg_min_temp_c,total_precipitation_mm,gdd,days_in_month,"
            + "days_with_max_temp,days_with_min_temp,days_with_precipitation,days_with_gdd",
        "USC00110072,1988,7,33.400000,18.100000,,512.35,31,31,30,0,30");
  }

  @Test
  void eachAgronomyListingExportsWholeWithItsFiltersColumnsAndAFileName() {
    org.mockito.Mockito.doAnswer(call -> {
      call.<java.util.function.Consumer<MonthlyStats>>getArgument(1).accept(JULY_1988);
      return null;
    }).when(export).monthly(any(), any());

    Response csv = get(API, "/api/weather/monthly/export?station_id=USC00110072&year=1988&month=7");
    Response ndjson = get(API, "/api/weather/monthly/export?units=imperial&format=ndjson");

    assertThat(okCsv(csv)).containsExactly(
        "station_id,year,month,avg_max_temp_c,avg_min_temp_c,total_precipitation_mm,gdd,days_in_month,"
            + "days_with_max_temp,days_with_min_temp,days_with_precipitation,days_with_gdd",
        "USC00110072,1988,7,33.400000,18.100000,,512.35,31,31,30,0,30");
    assertThat(csv.getHeaderString("Content-Disposition"))
        .isEqualTo("attachment; filename=\"monthly-stats-USC00110072.csv\"");
    verify(export).monthly(org.mockito.ArgumentMatchers.eq(new AgronomyFilter(List.of(STATION), List.of(),
        Optional.of(1988), Optional.of(1988), Optional.of(7))), any());
    assertThat(ndjson.getMediaType().toString()).startsWith("application/x-ndjson");
    assertThat(ndjson.readEntity(String.class)).startsWith("{\"station_id\":\"USC00110072\",\"year\":1988,")
        .contains("\"avg_max_temp_f\":92.1").endsWith("}\n");
    assertThat(ndjson.getHeaderString("Content-Disposition"))
        .isEqualTo("attachment; filename=\"monthly-stats.ndjson\"");

    get(API, "/api/weather/anomalies/export?state=IL&month=1").close();
    get(API, "/api/weather/normals/export?station_id=USC00110072").close();
    get(API, "/api/agronomy/seasons/export?start_year=1990").close();
    verify(export).anomalies(org.mockito.ArgumentMatchers.eq(new AgronomyFilter(List.of(), List.of("IL"),
        Optional.empty(), Optional.empty(), Optional.of(1))), any());
    verify(export).normals(org.mockito.ArgumentMatchers.eq(new AgronomyFilter(List.of(STATION), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty())), any());
    verify(export).seasons(org.mockito.ArgumentMatchers.eq(new AgronomyFilter(List.of(), List.of(),
        Optional.of(1990), Optional.empty(), Optional.empty())), any());
  }

  @Test
  void aBadAgronomyExportIs400BeforeAnythingIsRead() {
    invalidParameter(get(API, "/api/weather/monthly/export?month=13"), "month");
    invalidParameter(get(API, "/api/weather/anomalies/export?page_size=10"), "page_size");
    invalidParameter(get(API, "/api/weather/normals/export?year=1988"), "year");
    invalidParameter(get(API, "/api/agronomy/seasons/export?format=xml"), "format");
    verifyNoInteractions(export);
  }

  @Test
  void badMonthsYearsAndUnitsAreRejectedByName() {
    invalidParameter(get(API, "/api/weather/monthly?month=13"), "month");
    invalidParameter(get(API, "/api/weather/anomalies?month=July"), "month");
    invalidParameter(get(API, "/api/weather/normals?month=0"), "month");
    invalidParameter(get(API, "/api/weather/normals?year=1988"), "year");
    invalidParameter(get(API, "/api/agronomy/seasons?month=7"), "month");
    invalidParameter(get(API, "/api/agronomy/seasons?start_year=1990&end_year=1989"), "start_year");
    invalidParameter(get(API, "/api/weather/monthly?units=kelvin"), "units");
    invalidParameter(get(API, "/api/agronomy/seasons?units="), "units");
    invalidParameter(get(API, "/api/weather/normals?units=kelvin"), "units");
    invalidParameter(get(API, "/api/agronomy/seasons?units=kelvin"), "units");
    verifyNoInteractions(stats);
  }

  @Test
  void normalsNameTheirBaselineAndPageByStationMonth() {
    when(stats.normals(any())).thenReturn(pageWithMore(12, new MonthlyNormal(STATION, 1,
        Optional.of(new BigDecimal("-0.512903")), Optional.empty(), Optional.of(new BigDecimal("42.106667")), 30, 19,
        30)));

    JsonNode body = okJson(get(API, "/api/weather/normals?state=IL&page_size=1"));
    get(API, "/api/weather/normals?state=IL&page_size=1&cursor=" + body.at("/page/next_cursor").asText());

    assertThat(body.at("/data/0/baseline").asText()).isEqualTo("1985-2014");
    assertThat(body.at("/data/0/normal_min_temp_c").isNull()).isTrue();
    assertThat(body.at("/data/0/years_min_temp").asInt()).isEqualTo(19);
    @SuppressWarnings("unchecked")
    ArgumentCaptor<AgronomyQuery<StationMonth>> query = ArgumentCaptor.forClass(AgronomyQuery.class);
    verify(stats, org.mockito.Mockito.times(2)).normals(query.capture());
    assertThat(query.getAllValues().get(1).page().after()).contains(new StationMonth(STATION, 1));
  }

  @Test
  void seasonsCarryDatesAndFrostFreeDays() {
    when(stats.seasons(any())).thenReturn(lastPage(1, new SeasonIndicators(new StationYear(STATION, 1988),
        Optional.of(new BigDecimal("1900.50")), 214, 61, 14, Optional.of(LocalDate.parse("1988-04-26")),
        Optional.of(LocalDate.parse("1988-10-05")), 3, 23, Optional.of(new BigDecimal("32.000000")),
        Optional.of(new BigDecimal("80.1")), 92, 92)));

    JsonNode body = okJson(get(API, "/api/agronomy/seasons?station_id=USC00110072&start_year=1985"));

    assertThat(body.at("/data/0/last_spring_frost").asText()).isEqualTo("1988-04-26");
    assertThat(body.at("/data/0/frost_free_days").asInt()).isEqualTo(161);
    assertThat(body.at("/data/0/longest_dry_spell_days").asInt()).isEqualTo(23);
    JsonNode imperial = okJson(get(API, "/api/agronomy/seasons?units=imperial"));
    assertThat(imperial.at("/data/0/gdd_apr_oct_f").decimalValue()).isEqualTo(new BigDecimal("3420.9"));
    assertThat(imperial.at("/data/0/jja_avg_max_temp_f").decimalValue()).isEqualTo(new BigDecimal("89.6"));
    assertThat(imperial.at("/data/0/jja_total_precipitation_in").decimalValue()).isEqualTo(new BigDecimal("3.15"));
    assertThat(imperial.at("/data/0/hot_days_30").asInt()).isEqualTo(61);
    assertThat(imperial.has("gdd_apr_oct")).isFalse();
  }

  @Test
  void imperialMonthsScaleDifferencesAndDegreeDaysWithoutTheOffset() {
    when(stats.monthly(any())).thenReturn(lastPage(1, JULY_1988));
    when(stats.anomalies(any())).thenReturn(lastPage(1, new MonthlyAnomaly(STATION, YearMonth.of(1988, 7),
        Optional.of(new BigDecimal("4.126868")), Optional.of(new BigDecimal("-0.25")),
        Optional.of(new BigDecimal("-92.817241")), Optional.of(new BigDecimal("20.95")))));

    assertThat(okCsv(get(API, "/api/weather/monthly?units=imperial&format=csv"))).containsExactly(
        "station_id,year,month,avg_max_temp_f,avg_min_temp_f,total_precipitation_in,gdd_f,days_in_month,"
            + "days_with_max_temp,days_with_min_temp,days_with_precipitation,days_with_gdd",
        "USC00110072,1988,7,92.1,64.6,,922.2,31,31,30,0,30");
    JsonNode anomaly = okJson(get(API, "/api/weather/anomalies?units=imperial")).at("/data/0");
    assertThat(anomaly.get("max_temp_anomaly_f").decimalValue()).isEqualTo(new BigDecimal("7.4"));
    assertThat(anomaly.get("min_temp_anomaly_f").decimalValue()).isEqualTo(new BigDecimal("-0.5"));
    assertThat(anomaly.get("precipitation_anomaly_in").decimalValue()).isEqualTo(new BigDecimal("-3.65"));
    assertThat(anomaly.get("precipitation_pct_of_normal").decimalValue()).isEqualTo(new BigDecimal("20.95"));
  }

}
