package io.weatherdata.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import io.weatherdata.domain.station.StationId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyRowWriterTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-900 | 600  | 20000 | -90.0 | 60.0 | 2000.0",
      "-5   | 0    | 0     | -0.5  | 0.0  | 0.0",
      "-128 | 9    | 1234  | -12.8 | 0.9  | 123.4",
      "105  | -100 | 99    | 10.5  | -10.0 | 9.9"})
  void writesTenthsAsExactDecimals(int max, int min, int precipitation, String maxText, String minText,
      String precipitationText) throws IOException {
    Observation day = new Observation(new StationId("USC00110072"), LocalDate.of(1985, 2, 3),
        Optional.of(Temperature.ofTenthsCelsius(max)), Optional.of(Temperature.ofTenthsCelsius(min)),
        Optional.of(Precipitation.ofTenthsMillimetre(precipitation)));

    assertThat(written(day)).isEqualTo("USC00110072\t1985-02-03\t" + maxText + "\t" + minText + "\t"
        + precipitationText + "\n");
  }

  @ParameterizedTest
  @CsvSource({"2014-12-31", "0999-01-09"})
  void writesMissingValuesAsNullAndDatesWithFourDigitYears(LocalDate date) throws IOException {
    Observation day = new Observation(new StationId("USC00110072"), date, Optional.empty(), Optional.empty(),
        Optional.empty());

    assertThat(written(day)).isEqualTo("USC00110072\t" + date + "\t\\N\t\\N\t\\N\n");
  }

  private static String written(Observation day) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CopyRowWriter(out).write(day);
    return out.toString(StandardCharsets.US_ASCII);
  }
}
