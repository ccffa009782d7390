package io.weatherdata.domain.stats;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    byStationYear.forEach((stationYear, days) -> {
      Tally max = new Tally(1);
      Tally min = new Tally(1);
      Tally centimetres = new Tally(2); // tenths of a millimetre are hundredths of a centimetre
      for (Observation day : days) {
        max.add(day.maxTemperature().map(Temperature::tenthsCelsius));
        min.add(day.minTemperature().map(Temperature::tenthsCelsius));
        centimetres.add(day.precipitation().map(Precipitation::tenthsMillimetre));
      }
      result.add(new YearlyStats(stationYear, max.mean(), min.mean(), centimetres.total()));
    });
    return result;
  }
}
