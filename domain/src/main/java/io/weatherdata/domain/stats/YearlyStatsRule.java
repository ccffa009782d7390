package io.weatherdata.domain.stats;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The statistics rule, per station and calendar year: average max and min temperature (°C) and total
 * precipitation (cm) over the days that have the value; missing values are ignored; with no values the
 * statistic is absent. Arithmetic is exact decimal; averages are rounded half away from zero to
 * {@link YearlyStats#AVERAGE_SCALE} places. The SQL used in production must agree with this reference.
 */
public final class YearlyStatsRule {
  private YearlyStatsRule() {}

  public static List<YearlyStats> compute(Iterable<Observation> observations) {
    Map<StationYear, List<Observation>> byStationYear =
        new TreeMap<>((a, b) -> a.station().equals(b.station())
            ? Integer.compare(a.year(), b.year())
            : a.station().compareTo(b.station()));
    for (Observation o : observations) {
      byStationYear.computeIfAbsent(new StationYear(o.station(), o.date().getYear()), k -> new ArrayList<>()).add(o);
    }
    List<YearlyStats> result = new ArrayList<>(byStationYear.size());
    byStationYear.forEach((stationYear, days) -> result.add(new YearlyStats(stationYear,
        average(days, o -> o.maxTemperature().map(Temperature::tenthsCelsius)),
        average(days, o -> o.minTemperature().map(Temperature::tenthsCelsius)),
        total(days))));
    return result;
  }

  private static Optional<BigDecimal> average(List<Observation> days, Function<Observation, Optional<Integer>> tenths) {
    long sum = 0;
    long count = 0;
    for (Observation day : days) {
      Optional<Integer> value = tenths.apply(day);
      if (value.isPresent()) {
        sum += value.get();
        count++;
      }
    }
    return count == 0
        ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(sum, 1).divide(BigDecimal.valueOf(count), YearlyStats.AVERAGE_SCALE,
            RoundingMode.HALF_UP));
  }

  private static Optional<BigDecimal> total(List<Observation> days) {
    long tenthsMillimetre = 0;
    boolean any = false;
    for (Observation day : days) {
      if (day.precipitation().isPresent()) {
        tenthsMillimetre += day.precipitation().map(Precipitation::tenthsMillimetre).get();
        any = true;
      }
    }
    return any ? Optional.of(BigDecimal.valueOf(tenthsMillimetre, 2)) : Optional.empty();
  }
}
