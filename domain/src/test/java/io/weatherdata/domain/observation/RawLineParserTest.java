package io.weatherdata.domain.observation;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.domain.station.StationId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RawLineParserTest {
  private static final StationId STATION = new StationId("USC00110072");
  private static final String FILE = "wx/USC00110072.txt";
  private static final long LINE_NUMBER = 42;

  @Test
  void realFormatLineBecomesAnObservation() {
    Observation observation = accepted("19850101\t  -22\t -128\t   94");

    assertThat(observation).isEqualTo(new Observation(STATION,
        LocalDate.of(1985, 1, 1),
        Optional.of(Temperature.ofTenthsCelsius(-22)),
        Optional.of(Temperature.ofTenthsCelsius(-128)),
        Optional.of(Precipitation.ofTenthsMillimetre(94))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "19850101\t-9999\t-128\t94 | max",
      "19850101\t-22\t-9999\t94  | min",
      "19850101\t-22\t-128\t-9999 | precipitation"
  })
  void missingSentinelBecomesAnEmptyValueOnlyInItsColumn(String line, String missingColumn) {
    Observation observation = accepted(line);

    assertThat(observation.maxTemperature()).isEqualTo(expectedIfPresent(missingColumn, "max", Temperature
        .ofTenthsCelsius(-22)));
    assertThat(observation.minTemperature()).isEqualTo(expectedIfPresent(missingColumn, "min", Temperature
        .ofTenthsCelsius(-128)));
    assertThat(observation.precipitation())
        .isEqualTo(expectedIfPresent(missingColumn, "precipitation", Precipitation.ofTenthsMillimetre(94)));
  }

  @Test
  void lineWithEveryValueMissingIsStillAnObservationOfThatDay() {
    Observation observation = accepted("19850101\t-9999\t-9999\t-9999");

    assertThat(observation.date()).isEqualTo(LocalDate.of(1985, 1, 1));
    assertThat(observation.maxTemperature()).isEmpty();
    assertThat(observation.minTemperature()).isEmpty();
    assertThat(observation.precipitation()).isEmpty();
  }

  @Test
  void februaryTwentyNinthIsAcceptedInALeapYear() {
    assertThat(accepted("19840229\t-22\t-128\t94").date()).isEqualTo(LocalDate.of(1984, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "19850101\t-22\t-128",
      "19850101\t-22\t-128\t94\t7",
      "19850101 -22 -128 94"
  })
  void wrongColumnCountIsRejected(String line) {
    assertRejectedBecause(line, "columns");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "19850101\tabc\t-128\t94 | max temperature is not an integer",
      "19850101\t-22\t1.5\t94  | min temperature is not an integer",
      "19850101\t-22\t-128\t9x | precipitation is not an integer",
      "19850101\t\t-128\t94    | max temperature is not an integer"
  })
  void nonIntegerValueIsRejectedNamingTheColumn(String line, String reason) {
    assertRejectedBecause(line, reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1985011", "1985-01-01", "198501011", "1985O101"})
  void dateNotInYyyymmddFormatIsRejected(String date) {
    assertRejectedBecause(date + "\t-22\t-128\t94", "YYYYMMDD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"19850230", "19851301", "19850000", "19850229", "19850431"})
  void impossibleDateIsRejected(String date) {
    assertRejectedBecause(date + "\t-22\t-128\t94", "impossible date " + date);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "19850101\t601\t-128\t94  | 60.0",
      "19850101\t-22\t-901\t94  | -90.0"
  })
  void temperatureOutsideThePlausibleRangeIsRejected(String line, String bound) {
    assertRejectedBecause(line, bound);
  }

  @Test
  void negativePrecipitationIsRejected() {
    assertRejectedBecause("19850101\t-22\t-128\t-1", "precipitation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "  \t  "})
  void blankLineIsBlankNotRejected(String line) {
    assertThat(parse(line)).isInstanceOf(ParsedLine.Blank.class);
  }

  private static ParsedLine parse(String line) {
    return RawLineParser.parse(STATION, FILE, LINE_NUMBER, line);
  }

  private static Observation accepted(String line) {
    ParsedLine parsed = parse(line);
    assertThat(parsed).isInstanceOf(ParsedLine.Accepted.class);
    return ((ParsedLine.Accepted) parsed).observation();
  }

  private static void assertRejectedBecause(String line, String reasonFragment) {
    ParsedLine parsed = parse(line);
    assertThat(parsed).isInstanceOf(ParsedLine.Rejected.class);
    Rejection rejection = ((ParsedLine.Rejected) parsed).rejection();
    assertThat(rejection.file()).isEqualTo(FILE);
    assertThat(rejection.lineNumber()).isEqualTo(LINE_NUMBER);
    assertThat(rejection.reason()).contains(reasonFragment);
  }

  private static <T> Optional<T> expectedIfPresent(String missingColumn, String column, T value) {
    return missingColumn.equals(column) ? Optional.empty() : Optional.of(value);
  }
}
