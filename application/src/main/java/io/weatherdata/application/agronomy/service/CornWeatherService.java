package io.weatherdata.application.agronomy.service;

import io.weatherdata.application.agronomy.model.Correlation;
import io.weatherdata.application.agronomy.model.CornWeatherYear;
import io.weatherdata.application.agronomy.model.LinearTrend;
import io.weatherdata.application.agronomy.model.ProductionYear;
import io.weatherdata.application.agronomy.model.RegionWeather;
import io.weatherdata.application.agronomy.port.in.CompareCornWithWeatherUseCase;
import io.weatherdata.application.agronomy.port.out.LoadAgronomyPort;
import io.weatherdata.application.agronomy.port.out.StatisticsPort;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Corn production against its linear trend, and the departures against the region's growing-season weather. The
 * correlations use the departures as served (3 decimals), so a user can reproduce them from {@code /api/corn/weather}.
 */
public record CornWeatherService(LoadAgronomyPort store, StatisticsPort statistics)
    implements CompareCornWithWeatherUseCase {
  private record Variable(String name, Function<RegionWeather, Optional<BigDecimal>> value) {}

  /** The weather variables, by the names the API gives them. */
  private static final List<Variable> VARIABLES = List.of(
      new Variable("jja_avg_max_temp_c", RegionWeather::jjaAvgMaxTempC),
      new Variable("jja_total_precipitation_mm", RegionWeather::jjaTotalPrecipitationMm),
      new Variable("gdd_apr_oct", RegionWeather::gddAprOct));

  @Override
  public List<CornWeatherYear> years(List<String> states) {
    List<ProductionYear> years = store.productionYears(states);
    if (years.size() < 2) {
      return List.of(); // a trend needs two years
    }
    LinearTrend trend = statistics.trend(years.stream().mapToDouble(ProductionYear::year).toArray(),
        years.stream().mapToDouble(y -> y.productionKt().doubleValue()).toArray());
    return years.stream().map(y -> {
      BigDecimal expected = BigDecimal.valueOf(trend.at(y.year()));
      BigDecimal departure = y.productionKt().subtract(expected).multiply(BigDecimal.valueOf(100))
          .divide(expected, CornWeatherYear.SCALE, RoundingMode.HALF_UP);
      return new CornWeatherYear(y, expected.setScale(CornWeatherYear.SCALE, RoundingMode.HALF_UP), departure);
    }).toList();
  }

  @Override
  public List<Correlation> correlations(List<String> states) {
    List<CornWeatherYear> years = years(states);
    List<Correlation> result = new ArrayList<>();
    for (Variable variable : VARIABLES) {
      List<CornWeatherYear> paired = years.stream()
          .filter(y -> variable.value().apply(y.production().weather()).isPresent()).toList();
      result.add(statistics.correlate(variable.name(),
          paired.stream().mapToDouble(y -> y.departurePct().doubleValue()).toArray(),
          paired.stream().mapToDouble(y -> variable.value().apply(y.production().weather()).get().doubleValue())
              .toArray()));
    }
    return result;
  }
}
