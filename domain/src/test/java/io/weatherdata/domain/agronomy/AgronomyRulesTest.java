package io.weatherdata.domain.agronomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import io.weatherdata.domain.station.StationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each rule against values computed by hand (worked in the comments). */
class AgronomyRulesTest {
  private static final StationId STATION = StationId.of("USC00110072");

  @Test
  void growingDegreeDaysClampBothTemperaturesTo10And30() {
    assertThat(GrowingDegreeDays.of(day("2000-07-01", 253, 120, null))).contains(new BigDecimal("8.65"));
    assertThat(GrowingDegreeDays.of(day("2000-07-01", 350, 50, null))).contains(new BigDecimal("10.00"));
    assertThat(GrowingDegreeDays.of(day("2000-07-01", 80, -30, null))).contains(new BigDecimal("0.00"));
    assertThat(GrowingDegreeDays.of(day("2000-07-01", null, 120, null))).isEmpty();
  }

  @Test
  void monthlyStatisticsCountOnlyTheDaysThatHaveTheMeasureInALeapFebruary() {
    List<MonthlyStats> months = MonthlyStatsRule.compute(List.of(
        day("1988-02-01", 100, 0, 50),
        day("1988-02-29", null, -20, null),
        day("1988-04-30", null, null, null)));

    MonthlyStats february = months.get(0);
    assertThat(february.daysInMonth()).isEqualTo(29);
    assertThat(february.avgMaxTempC()).contains(new BigDecimal("10.000000"));
    assertThat(february.avgMinTempC()).contains(new BigDecimal("-1.000000"));
    assertThat(february.totalPrecipitationMm()).contains(new BigDecimal("5.0"));
    assertThat(february.gdd()).contains(new BigDecimal("0.00"));
    assertThat(List.of(february.daysWithMaxTemp(), february.daysWithMinTemp(), february.daysWithPrecipitation(),
        february.daysWithGdd())).containsExactly(1, 2, 1, 1);
    // March has no line: no row. April has a line with nothing in it: a row of absences.
    assertThat(months).extracting(MonthlyStats::month).containsExactly(YearMonth.of(1988, 2), YearMonth.of(1988, 4));
    MonthlyStats april = months.get(1);
    assertThat(List.of(april.avgMaxTempC(), april.avgMinTempC(), april.totalPrecipitationMm(), april.gdd()))
        .allMatch(Optional::isEmpty);
  }

  /** The season worked by hand: see each assertion's comment. */
  @Test
  void seasonIndicatorsFollowTheirDefinitions() {
    List<SeasonIndicators> seasons = SeasonRule.compute(List.of(
        day("2000-03-15", 50, -50, null),
        day("2000-05-10", 200, 0, 300),
        day("2000-06-28", 300, 150, 0),
        day("2000-06-29", 349, 160, 9),
        day("2000-06-30", 350, 170, 0),
        day("2000-07-01", null, 10, 0),
        day("2000-07-02", 320, 200, 0),
        day("2000-07-03", 280, 180, 0),
        day("2000-07-04", 290, 190, 10),
        day("2000-08-01", 310, 200, 254),
        day("2000-10-05", 120, -10, null),
        day("2000-10-20", 100, -30, 0),
        day("2000-11-10", 50, 20, 0),
        day("2001-07-15", 300, 200, null)));

    SeasonIndicators s = seasons.get(0);
    // 5 + 12.5 + 13 + 13.5 + 15 + 13 + 14 + 15 + 1 + 0: ten April–October days with both temperatures.
    assertThat(s.gddAprOct()).contains(new BigDecimal("102.00"));
    assertThat(s.gddDays()).isEqualTo(10);
    assertThat(s.hotDays30()).isEqualTo(5); // 30.0, 34.9, 35.0, 32.0, 31.0
    assertThat(s.hotDays35()).isEqualTo(1); // exactly 35.0
    assertThat(s.lastSpringFrost()).contains(LocalDate.parse("2000-05-10")); // min exactly 0.0 counts
    assertThat(s.firstFallFrost()).contains(LocalDate.parse("2000-10-05"));
    assertThat(s.frostFreeDays()).contains(147); // 21 (May) + 30 + 31 + 31 + 30 + 4 (October)
    assertThat(s.heavyRainDays()).isEqualTo(2); // 30.0 mm and exactly 25.4 mm
    assertThat(s.longestDrySpellDays()).isEqualTo(6); // June 28 – July 3 crosses the month end; 1.0 mm is not dry
    // June–August: seven recorded maxima, 219.9 / 7; eight recorded precipitation values, 27.3 mm.
    assertThat(s.jjaAvgMaxTempC()).contains(new BigDecimal("31.414286"));
    assertThat(s.jjaDaysWithMaxTemp()).isEqualTo(7);
    assertThat(s.jjaTotalPrecipitationMm()).contains(new BigDecimal("27.3"));
    assertThat(s.jjaDaysWithPrecipitation()).isEqualTo(8);

    SeasonIndicators noFrost = seasons.get(1);
    assertThat(noFrost.lastSpringFrost()).isEmpty();
    assertThat(noFrost.firstFallFrost()).isEmpty();
    assertThat(noFrost.frostFreeDays()).isEmpty();
    assertThat(noFrost.longestDrySpellDays()).isZero();
    assertThat(noFrost.jjaTotalPrecipitationMm()).isEmpty();
    assertThat(noFrost.jjaAvgMaxTempC()).contains(new BigDecimal("30.000000"));
  }

  @Test
  void aMissingDayEndsADrySpell() {
    List<Observation> days = new ArrayList<>();
    IntStream.rangeClosed(1, 3).forEach(d -> days.add(day("1990-08-0" + d, 250, 150, 0)));
    days.add(day("1990-08-04", 250, 150, null)); // the value is missing
    IntStream.rangeClosed(5, 6).forEach(d -> days.add(day("1990-08-0" + d, 250, 150, 0)));
    days.add(day("1990-08-09", 250, 150, 0)); // August 7 and 8 have no line

    assertThat(SeasonRule.compute(days).get(0).longestDrySpellDays()).isEqualTo(3);
  }

  @Test
  void normalsNeedTwentyCountingBaselineYears() {
    List<MonthlyStats> januaries = new ArrayList<>();
    for (int year = 1985; year <= 2004; year++) {
      // max 0..19 over full months; min misses 6 days (never counts); precipitation misses 5 (counts)
      januaries.add(january(year, BigDecimal.valueOf(year - 1985), 31, 25, 26, "10.0"));
    }
    januaries.add(january(1984, new BigDecimal("100"), 31, 31, 31, "999.0")); // outside the baseline
    januaries.add(january(2015, new BigDecimal("100"), 31, 31, 31, "999.0"));

    MonthlyNormal normal = NormalsRule.compute(januaries).get(0);

    assertThat(normal.normalMaxTempC()).contains(new BigDecimal("9.500000"));
    assertThat(normal.yearsMaxTemp()).isEqualTo(20);
    assertThat(normal.normalMinTempC()).isEmpty();
    assertThat(normal.yearsMinTemp()).isZero();
    assertThat(normal.normalPrecipitationMm()).contains(new BigDecimal("10.000000"));

    MonthlyNormal short19 = NormalsRule.compute(januaries.subList(1, 20)).get(0);
    assertThat(short19.yearsMaxTemp()).isEqualTo(19);
    assertThat(short19.normalMaxTempC()).isEmpty();
  }

  @Test
  void anomaliesAreValueMinusNormalWhereBothExist() {
    MonthlyNormal normal = new MonthlyNormal(STATION, 1, Optional.of(new BigDecimal("9.500000")), Optional.empty(),
        Optional.of(new BigDecimal("10.000000")), 20, 0, 20);

    MonthlyAnomaly anomaly = MonthlyAnomaly.of(january(1990, new BigDecimal("12.5"), 31, 31, 31, "20.0"),
        Optional.of(normal)).orElseThrow();

    assertThat(anomaly.maxTempAnomalyC()).contains(new BigDecimal("3.000000"));
    assertThat(anomaly.minTempAnomalyC()).isEmpty(); // no normal
    assertThat(anomaly.precipitationAnomalyMm()).contains(new BigDecimal("10.000000"));
    assertThat(anomaly.precipitationPctOfNormal()).contains(new BigDecimal("200.00"));

    MonthlyNormal dryNormal = new MonthlyNormal(STATION, 1, Optional.empty(), Optional.empty(),
        Optional.of(new BigDecimal("0.000000")), 0, 0, 20);
    MonthlyAnomaly overDry = MonthlyAnomaly.of(january(1990, BigDecimal.ONE, 20, 31, 31, "3.0"), Optional.of(dryNormal))
        .orElseThrow();
    assertThat(overDry.precipitationAnomalyMm()).contains(new BigDecimal("3.000000"));
    assertThat(overDry.precipitationPctOfNormal()).isEmpty(); // a normal of 0
    assertThat(overDry.maxTempAnomalyC()).isEmpty(); // 11 days missing: does not count

    assertThat(MonthlyAnomaly.of(january(1990, BigDecimal.ONE, 20, 20, 20, "3.0"), Optional.of(normal))).isEmpty();
  }

  private static MonthlyStats january(int year, BigDecimal max, int daysMax, int daysMin, int daysPrecipitation,
      String precipitation) {
    return new MonthlyStats(STATION, YearMonth.of(year, 1), Optional.of(max), Optional.of(BigDecimal.ONE),
        Optional.of(new BigDecimal(precipitation)), Optional.empty(), daysMax, daysMin, daysPrecipitation, 0);
  }

  private static Observation day(String date, Integer max, Integer min, Integer precipitation) {
    return new Observation(STATION, LocalDate.parse(date), Optional.ofNullable(max).map(Temperature::ofTenthsCelsius),
        Optional.ofNullable(min).map(Temperature::ofTenthsCelsius),
        Optional.ofNullable(precipitation).map(Precipitation::ofTenthsMillimetre));
  }
}
