package io.weatherdata.domain.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImperialTest {
  @ParameterizedTest(name = "{0} °C = {1} °F")
  @CsvSource({"-2.2, 28.0", "0.0, 32.0", "-40.0, -40.0", "37.0, 98.6", "-17.8, 0.0", "15.334795, 59.6",
      "0.25, 32.5", "-0.25, 31.6", "60.0, 140.0"})
  void celsiusToFahrenheitIsExactThenRoundedHalfUpToOneDecimal(String celsius, String fahrenheit) {
    assertThat(Imperial.fahrenheit(new BigDecimal(celsius))).isEqualTo(new BigDecimal(fahrenheit));
  }

  @ParameterizedTest(name = "a difference of {0} °C = {1} °F")
  @CsvSource({"1.0, 1.8", "-2.5, -4.5", "0.0, 0.0"})
  void aTemperatureDifferenceHasNoOffset(String celsius, String fahrenheit) {
    assertThat(Imperial.fahrenheitDifference(new BigDecimal(celsius))).isEqualTo(new BigDecimal(fahrenheit));
  }

  @ParameterizedTest(name = "{0} mm = {1} in")
  @CsvSource({"25.4, 1.00", "9.4, 0.37", "0.0, 0.00", "0.1, 0.00", "0.2, 0.01", "12.7, 0.50", "2000.0, 78.74"})
  void millimetresToInchesRoundHalfUpToTwoDecimals(String millimetres, String inches) {
    assertThat(Imperial.inchesFromMillimetres(new BigDecimal(millimetres))).isEqualTo(new BigDecimal(inches));
  }

  @ParameterizedTest(name = "{0} cm = {1} in")
  @CsvSource({"78.01, 30.71", "2.54, 1.00", "0.00, 0.00", "1.27, 0.50"})
  void centimetresToInchesRoundHalfUpToTwoDecimals(String centimetres, String inches) {
    assertThat(Imperial.inchesFromCentimetres(new BigDecimal(centimetres))).isEqualTo(new BigDecimal(inches));
  }

  @ParameterizedTest(name = "{0} m = {1} ft")
  @CsvSource({"96.0, 315", "0.1524, 1", "0.0, 0", "-3.0, -10", "1000.0, 3281"})
  void metresToFeetRoundToWholeFeet(String metres, String feet) {
    assertThat(Imperial.feet(new BigDecimal(metres))).isEqualTo(new BigDecimal(feet));
  }
}
