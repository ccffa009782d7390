package io.weatherdata.domain.agronomy;

import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.Tally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Monthly normals per station and calendar month ({@link MonthlyNormal}), the reference the SQL must agree with. */
public final class NormalsRule {
  public static final int FIRST_YEAR = 1985;
  public static final int LAST_YEAR = 2014;
  public static final String BASELINE = FIRST_YEAR + "-" + LAST_YEAR;
  public static final int MIN_YEARS = 20;

  private record Key(StationId station, int month) {}

  private NormalsRule() {}

  public static List<MonthlyNormal> compute(List<MonthlyStats> months) {
    Map<Key, List<MonthlyStats>> byMonth = new TreeMap<>(Comparator.comparing(Key::station)
        .thenComparingInt(Key::month));
    for (MonthlyStats m : months) {
      int year = m.month().getYear();
      if (year >= FIRST_YEAR && year <= LAST_YEAR) {
        byMonth.computeIfAbsent(new Key(m.station(), m.month().getMonthValue()), k -> new ArrayList<>()).add(m);
      }
    }
    List<MonthlyNormal> result = new ArrayList<>(byMonth.size());
    byMonth.forEach((key, years) -> {
      List<BigDecimal> max = counted(years, MonthlyStats::countedMaxTempC);
      List<BigDecimal> min = counted(years, MonthlyStats::countedMinTempC);
      List<BigDecimal> precipitation = counted(years, MonthlyStats::countedPrecipitationMm);
      result.add(new MonthlyNormal(key.station(), key.month(), normal(max), normal(min), normal(precipitation),
          max.size(), min.size(), precipitation.size()));
    });
    return result;
  }

  private static List<BigDecimal> counted(List<MonthlyStats> years,
      Function<MonthlyStats, Optional<BigDecimal>> value) {
    return years.stream().map(value).flatMap(Optional::stream).toList();
  }

  private static Optional<BigDecimal> normal(List<BigDecimal> values) {
    return values.size() < MIN_YEARS
        ? Optional.empty()
        : Optional.of(Tally.mean(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), values.size()));
  }
}
