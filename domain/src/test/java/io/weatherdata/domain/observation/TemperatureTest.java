package io.weatherdata.domain.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemperatureTest {

  @ParameterizedTest
  @CsvSource({
      "-22,  -2.2",
      "153,  15.3",
      "0,    0.0",
      "5,    0.5",
      "-5,   -0.5",
      "-900, -90.0",
      "600,  60.0"
  })
  void tenthsBecomeExactDegreesCelsius(int tenths, String expected) {
    BigDecimal celsius = Temperature.ofTenthsCelsius(tenths).celsius();

    assertThat(celsius).isEqualByComparingTo(expected);
    assertThat(celsius.toPlainString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {-900, 600})
  void boundsAreInclusive(int tenths) {
    assertThat(Temperature.ofTenthsCelsius(tenths).tenthsCelsius()).isEqualTo(tenths);
  }

  @ParameterizedTest
  @ValueSource(ints = {-901, 601, -9999, Integer.MAX_VALUE})
  void valuesBeyondTheBoundsAreRejected(int tenths) {
    assertThatThrownBy(() -> Temperature.ofTenthsCelsius(tenths))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("temperature");
  }
}
