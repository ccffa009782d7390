package io.weatherdata.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import io.weatherdata.domain.station.StationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class YearlyStatsRuleTest {
  private static final String STATION = "USC00110072";
  private static final LocalDate JAN_1 = LocalDate.of(1985, 1, 1);

  @Test
  void missingValuesAreIgnoredInYearlyAverage() {
    YearlyStats stats = single(YearlyStatsRule.compute(List.of(
        day(STATION, JAN_1, 100, -10, 0),
        day(STATION, JAN_1.plusDays(1), 200, null, 0),
        day(STATION, JAN_1.plusDays(2), null, -30, 0))));

    // max: (10.0 + 20.0) / 2; min: (-1.0 + -3.0) / 2, each over the two days that have the value
    assertExactly(stats.averageMaxTemperatureCelsius(), "15.000000");
    assertExactly(stats.averageMinTemperatureCelsius(), "-2.000000");
  }

  @ParameterizedTest
  @EnumSource(Column.class)
  void yearWithoutAnyValueOfAStatisticHasItAbsentNotZero(Column missing) {
    YearlyStats stats = single(YearlyStatsRule.compute(List.of(
        missing.clear(day(STATION, JAN_1, 100, -10, 5)),
        missing.clear(day(STATION, JAN_1.plusDays(1), 200, -20, 7)))));

    for (Column column : Column.values()) {
      if (column == missing) {
        assertThat(column.of(stats)).isEmpty();
      } else {
        assertThat(column.of(stats)).isPresent();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
      "94,    6,     1.00",   // 9.4 mm + 0.6 mm = 10.0 mm
      "1,     2,     0.03",   // 0.1 mm + 0.2 mm = 0.3 mm: exact, where doubles are not
      "5,     0,     0.05",
      "20000, 20000, 400.00"
  })
  void totalPrecipitationIsExactInCentimetres(int firstTenthsMm, int secondTenthsMm, String expectedCm) {
    YearlyStats stats = single(YearlyStatsRule.compute(List.of(
        day(STATION, JAN_1, null, null, firstTenthsMm),
        day(STATION, JAN_1.plusDays(1), null, null, secondTenthsMm),
        day(STATION, JAN_1.plusDays(2), null, null, null))));

    assertExactly(stats.totalPrecipitationCentimetres(), expectedCm);
  }

  @Test
  void dryYearHasTotalPrecipitationZeroNotAbsent() {
    YearlyStats stats = single(YearlyStatsRule.compute(List.of(
        day(STATION, JAN_1, 100, -10, 0),
        day(STATION, JAN_1.plusDays(1), 100, -10, 0))));

    assertExactly(stats.totalPrecipitationCentimetres(), "0.00");
  }

  @ParameterizedTest
  @CsvSource({
      "'1,2,2',    0.166667",    // 0.5 / 3 = 0.1666666…: rounds up
      "'-1,-2,-2', -0.166667",   // away from zero when negative
      "'1,1,2',    0.133333",    // 0.4 / 3 = 0.1333333…: rounds down
      "'-1,-1,-2', -0.133333",
      "'7',        0.700000"
  })
  void averagesAreRoundedHalfUpToSixPlaces(String tenths, String expected) {
    List<Observation> days = daysWithTemperatures(Arrays.stream(tenths.split(",")).mapToInt(
        Integer::parseInt).toArray());

    YearlyStats stats = single(YearlyStatsRule.compute(days));

    assertExactly(stats.averageMaxTemperatureCelsius(), expected);
    assertExactly(stats.averageMinTemperatureCelsius(), expected);
  }

  @ParameterizedTest
  @CsvSource({
      "1,  0.001563",    // 0.1 / 64 = 0.0015625 exactly: the tie goes away from zero
      "-1, -0.001563"
  })
  void exactTieIsRoundedAwayFromZero(int oneDayTenths, String expected) {
    int[] tenths = new int[64];
    tenths[0] = oneDayTenths;

    YearlyStats stats = single(YearlyStatsRule.compute(daysWithTemperatures(tenths)));

    assertExactly(stats.averageMaxTemperatureCelsius(), expected);
  }

  @Test
  void daysAreGroupedPerStationAndCalendarYear() {
    List<YearlyStats> stats = YearlyStatsRule.compute(List.of(
        day(STATION, LocalDate.of(1985, 12, 31), 100, null, 10),
        day(STATION, LocalDate.of(1986, 1, 1), 200, null, 20),
        day("USW00094846", LocalDate.of(1985, 12, 30), 300, null, 30)));

    assertThat(stats).extracting(YearlyStats::stationYear).containsExactly(
        stationYear(STATION, 1985), stationYear(STATION, 1986), stationYear("USW00094846", 1985));
    assertThat(stats).extracting(s -> s.averageMaxTemperatureCelsius().orElseThrow())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("10.0"), new BigDecimal("20.0"), new BigDecimal("30.0"));
    assertThat(stats).extracting(s -> s.totalPrecipitationCentimetres().orElseThrow())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.10"), new BigDecimal("0.20"), new BigDecimal("0.30"));
  }

  @Test
  void resultIsOrderedByStationThenYear() {
    List<YearlyStats> stats = YearlyStatsRule.compute(List.of(
        day("USW00094846", LocalDate.of(1990, 6, 1), 1, 1, 1),
        day(STATION, LocalDate.of(1992, 6, 1), 1, 1, 1),
        day("CA1AB000001", LocalDate.of(2001, 6, 1), 1, 1, 1),
        day(STATION, LocalDate.of(1985, 6, 1), 1, 1, 1),
        day("USW00094846", LocalDate.of(1989, 6, 1), 1, 1, 1)));

    assertThat(stats).extracting(YearlyStats::stationYear).containsExactly(
        stationYear("CA1AB000001", 2001),
        stationYear(STATION, 1985),
        stationYear(STATION, 1992),
        stationYear("USW00094846", 1989),
        stationYear("USW00094846", 1990));
  }

  @Test
  void noObservationsGiveNoStatistics() {
    assertThat(YearlyStatsRule.compute(List.of())).isEmpty();
  }

  /** A statistic and the observation column it is computed from. */
  enum Column {
    MAX(YearlyStats::averageMaxTemperatureCelsius),
    MIN(YearlyStats::averageMinTemperatureCelsius),
    PRECIPITATION(YearlyStats::totalPrecipitationCentimetres);

    private final Function<YearlyStats, Optional<BigDecimal>> statistic;

    Column(Function<YearlyStats, Optional<BigDecimal>> statistic) {
      this.statistic = statistic;
    }

    Optional<BigDecimal> of(YearlyStats stats) {
      return statistic.apply(stats);
    }

    Observation clear(Observation o) {
      return new Observation(o.station(), o.date(),
          this == MAX ? Optional.empty() : o.maxTemperature(),
          this == MIN ? Optional.empty() : o.minTemperature(),
          this == PRECIPITATION ? Optional.empty() : o.precipitation());
    }
  }

  private static Observation day(String station, LocalDate date, Integer maxTenths, Integer minTenths,
      Integer precipitationTenths) {
    return new Observation(
        new StationId(station),
        date,
        Optional.ofNullable(maxTenths).map(Temperature::ofTenthsCelsius),
        Optional.ofNullable(minTenths).map(Temperature::ofTenthsCelsius),
        Optional.ofNullable(precipitationTenths).map(Precipitation::ofTenthsMillimetre));
  }

  /** One day per value, from January 1st on, with that value as both max and min temperature. */
  private static List<Observation> daysWithTemperatures(int... tenths) {
    List<Observation> days = new ArrayList<>();
    for (int i = 0; i < tenths.length; i++) {
      days.add(day(STATION, JAN_1.plusDays(i), tenths[i], tenths[i], null));
    }
    return days;
  }

  private static StationYear stationYear(String station, int year) {
    return new StationYear(new StationId(station), year);
  }

  private static YearlyStats single(List<YearlyStats> stats) {
    assertThat(stats).hasSize(1);
    return stats.get(0);
  }

  private static void assertExactly(Optional<BigDecimal> actual, String expected) {
    assertThat(actual).isPresent();
    assertThat(actual.get()).isEqualByComparingTo(expected);
    assertThat(actual.get().toPlainString()).isEqualTo(expected);
  }
}
