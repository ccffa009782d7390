package io.weatherdata.domain.agronomy;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.stats.Tally;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import io.weatherdata.domain.stats.StationYear;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Season indicators per station and calendar year, the reference the SQL must agree with. Thresholds compare
 * recorded values only; a missing day is in no count.
 * <ul>
 *   <li>{@code gddAprOct}: sum of daily growing degree days, April 1 – October 31; {@code gddDays} the days with one.
 *   <li>{@code hotDays30}/{@code hotDays35}: days with max ≥ 30.0 / ≥ 35.0 °C.
 *   <li>{@code lastSpringFrost}: the latest date before July 1 with min ≤ 0.0 °C; {@code firstFallFrost}: the
 *       earliest date on or after July 1 with min ≤ 0.0 °C.
 *   <li>{@code heavyRainDays}: days with precipitation ≥ 25.4 mm.
 *   <li>{@code longestDrySpellDays}: the longest run of consecutive days within the year whose precipitation is
 *       recorded and below 1.0 mm; a missing day (value or line) ends a run.
 *   <li>{@code jja…}: June 1 – August 31, mean of recorded max (°C, 6 decimals), total precipitation (mm), and
 *       the days that had each.
 * </ul>
 */
public final class SeasonRule {
  public static final int HOT_TENTHS = 300;
  public static final int VERY_HOT_TENTHS = 350;
  public static final int FROST_TENTHS = 0;
  public static final int HEAVY_RAIN_TENTHS_MM = 254;
  public static final int DRY_BELOW_TENTHS_MM = 10;
  private static final Comparator<StationYear> ORDER =
      Comparator.comparing(StationYear::station).thenComparingInt(StationYear::year);

  private SeasonRule() {}

  public static List<SeasonIndicators> compute(Iterable<Observation> observations) {
    Map<StationYear, List<Observation>> byYear = new TreeMap<>(ORDER);
    for (Observation o : observations) {
      byYear.computeIfAbsent(new StationYear(o.station(), o.date().getYear()), k -> new ArrayList<>()).add(o);
    }
    List<SeasonIndicators> result = new ArrayList<>(byYear.size());
    byYear.forEach((stationYear, days) -> result.add(of(stationYear, days)));
    return result;
  }

  private static SeasonIndicators of(StationYear stationYear, List<Observation> days) {
    days.sort(Comparator.comparing(Observation::date));
    LocalDate midYear = LocalDate.of(stationYear.year(), Month.JULY, 1);
    Tally gdd = new Tally(GrowingDegreeDays.SCALE);
    Tally jjaMax = new Tally(1);
    Tally jjaPrecipitation = new Tally(1);
    int hot = 0;
    int veryHot = 0;
    int heavyRain = 0;
    LocalDate springFrost = null;
    LocalDate fallFrost = null;
    int longestDry = 0;
    int dryRun = 0;
    LocalDate previous = null;
    for (Observation day : days) {
      int month = day.date().getMonthValue();
      Optional<Integer> max = day.maxTemperature().map(Temperature::tenthsCelsius);
      Optional<Integer> min = day.minTemperature().map(Temperature::tenthsCelsius);
      Optional<Integer> precipitation = day.precipitation().map(Precipitation::tenthsMillimetre);
      if (month >= 4 && month <= 10) {
        gdd.add(GrowingDegreeDays.hundredths(day));
      }
      if (month >= 6 && month <= 8) {
        jjaMax.add(max);
        jjaPrecipitation.add(precipitation);
      }
      hot += max.filter(t -> t >= HOT_TENTHS).isPresent() ? 1 : 0;
      veryHot += max.filter(t -> t >= VERY_HOT_TENTHS).isPresent() ? 1 : 0;
      heavyRain += precipitation.filter(p -> p >= HEAVY_RAIN_TENTHS_MM).isPresent() ? 1 : 0;
      if (min.filter(t -> t <= FROST_TENTHS).isPresent()) {
        if (day.date().isBefore(midYear)) {
          springFrost = day.date();
        } else if (fallFrost == null) {
          fallFrost = day.date();
        }
      }
      boolean dry = precipitation.filter(p -> p < DRY_BELOW_TENTHS_MM).isPresent();
      boolean follows = previous != null && previous.plusDays(1).equals(day.date());
      dryRun = dry ? (follows ? dryRun + 1 : 1) : 0;
      longestDry = Math.max(longestDry, dryRun);
      previous = day.date();
    }
    return new SeasonIndicators(stationYear, gdd.total(), gdd.count(), hot, veryHot, Optional.ofNullable(springFrost),
        Optional.ofNullable(fallFrost), heavyRain, longestDry, jjaMax.mean(), jjaPrecipitation.total(), jjaMax.count(),
        jjaPrecipitation.count());
  }
}
