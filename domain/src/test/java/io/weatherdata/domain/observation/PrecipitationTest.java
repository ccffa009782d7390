package io.weatherdata.domain.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrecipitationTest {

  @ParameterizedTest
  @CsvSource({
      "94,    9.4,    0.94",
      "0,     0.0,    0.00",
      "1,     0.1,    0.01",
      "100,   10.0,   1.00",
      "20000, 2000.0, 200.00"
  })
  void tenthsBecomeExactMillimetresAndCentimetres(int tenths, String millimetres, String centimetres) {
    Precipitation precipitation = Precipitation.ofTenthsMillimetre(tenths);

    assertExactly(precipitation.millimetres(), millimetres);
    assertExactly(precipitation.centimetres(), centimetres);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 20000})
  void boundsAreInclusive(int tenths) {
    assertThat(Precipitation.ofTenthsMillimetre(tenths).tenthsMillimetre()).isEqualTo(tenths);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 20001, -9999})
  void valuesBeyondTheBoundsAreRejected(int tenths) {
    assertThatThrownBy(() -> Precipitation.ofTenthsMillimetre(tenths))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precipitation");
  }

  private static void assertExactly(BigDecimal actual, String expected) {
    assertThat(actual).isEqualByComparingTo(expected);
    assertThat(actual.toPlainString()).isEqualTo(expected);
  }
}
