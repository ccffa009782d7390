package io.weatherdata.domain.agronomy;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.stats.Tally;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import io.weatherdata.domain.station.StationId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly statistics, the reference the SQL must agree with: per station and calendar month, average max and
 * min temperature (°C, 6 decimals), total precipitation (mm) and growing degree days over the days that have
 * them; absent when no day has the measure.
 */
public final class MonthlyStatsRule {
  private record Key(StationId station, YearMonth month) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::station).thenComparing(Key::month);

  private MonthlyStatsRule() {}

  public static List<MonthlyStats> compute(Iterable<Observation> observations) {
    Map<Key, List<Observation>> byMonth = new TreeMap<>(ORDER);
    for (Observation o : observations) {
      byMonth.computeIfAbsent(new Key(o.station(), YearMonth.from(o.date())), k -> new ArrayList<>()).add(o);
    }
    List<MonthlyStats> result = new ArrayList<>(byMonth.size());
    byMonth.forEach((key, days) -> result.add(of(key.station(), key.month(), days)));
    return result;
  }

  private static MonthlyStats of(StationId station, YearMonth month, List<Observation> days) {
    Tally max = new Tally(1);
    Tally min = new Tally(1);
    Tally precipitation = new Tally(1);
    Tally gdd = new Tally(GrowingDegreeDays.SCALE);
    for (Observation day : days) {
      max.add(day.maxTemperature().map(Temperature::tenthsCelsius));
      min.add(day.minTemperature().map(Temperature::tenthsCelsius));
      precipitation.add(day.precipitation().map(Precipitation::tenthsMillimetre));
      gdd.add(GrowingDegreeDays.hundredths(day));
    }
    return new MonthlyStats(station, month, max.mean(), min.mean(), precipitation.total(), gdd.total(),
        max.count(), min.count(), precipitation.count(), gdd.count());
  }
}
