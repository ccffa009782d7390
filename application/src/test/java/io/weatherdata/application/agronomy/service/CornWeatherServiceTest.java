package io.weatherdata.application.agronomy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.weatherdata.application.agronomy.model.Correlation;
import io.weatherdata.application.agronomy.model.CornWeatherYear;
import io.weatherdata.application.agronomy.model.LinearTrend;
import io.weatherdata.application.agronomy.model.ProductionYear;
import io.weatherdata.application.agronomy.model.RegionWeather;
import io.weatherdata.application.agronomy.port.out.LoadAgronomyPort;
import io.weatherdata.application.agronomy.port.out.StatisticsPort;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CornWeatherServiceTest {
  private final LoadAgronomyPort store = mock(LoadAgronomyPort.class);
  private final StatisticsPort statistics = mock(StatisticsPort.class);
  private final CornWeatherService service = new CornWeatherService(store, statistics);

  private static ProductionYear year(int year, String kt, String jjaMax) {
    return new ProductionYear(year, new BigDecimal(kt), new RegionWeather(
        Optional.ofNullable(jjaMax).map(BigDecimal::new),
        jjaMax == null ? 0 : 3, Optional.empty(), 0, Optional.empty(), 0));
  }

  @Test
  void departuresArePercentagesOfTheTrendAtEachYear() {
    when(store.productionYears(List.of("IL"))).thenReturn(List.of(year(2000, "110", "30.0"), year(2001, "90", null)));
    when(statistics.trend(any(), any())).thenReturn(new LinearTrend(-1_900, 1)); // 100 in 2000, 101 in 2001

    List<CornWeatherYear> years = service.years(List.of("IL"));

    assertThat(years).extracting(CornWeatherYear::trendKt).containsExactly(new BigDecimal("100.000"),
        new BigDecimal("101.000"));
    // 100 × (110 − 100) / 100 and 100 × (90 − 101) / 101 = −10.891089…
    assertThat(years).extracting(CornWeatherYear::departurePct).containsExactly(new BigDecimal("10.000"),
        new BigDecimal("-10.891"));
  }

  @Test
  void aTrendNeedsTwoYears() {
    when(store.productionYears(List.of())).thenReturn(List.of(year(2000, "110", "30.0")));

    assertThat(service.years(List.of())).isEmpty();
    verifyNoInteractions(statistics);
  }

  @Test
  void eachVariableIsCorrelatedOverTheYearsThatHaveIt() {
    when(store.productionYears(List.of())).thenReturn(List.of(year(2000, "110", "30.0"), year(2001, "90", null),
        year(2002, "100", "28.5")));
    when(statistics.trend(any(), any())).thenReturn(new LinearTrend(100, 0));
    Correlation none = new Correlation("x", 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    when(statistics.correlate(any(), any(), any())).thenReturn(none);

    assertThat(service.correlations(List.of())).hasSize(3);

    ArgumentCaptor<double[]> departures = ArgumentCaptor.forClass(double[].class);
    ArgumentCaptor<double[]> values = ArgumentCaptor.forClass(double[].class);
    verify(statistics).correlate(eq("jja_avg_max_temp_c"), departures.capture(), values.capture());
    assertThat(departures.getValue()).containsExactly(10.0, 0.0);
    assertThat(values.getValue()).containsExactly(30.0, 28.5);
    verify(statistics).correlate(eq("gdd_apr_oct"), any(), any());
  }
}
