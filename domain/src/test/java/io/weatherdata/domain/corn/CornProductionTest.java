package io.weatherdata.domain.corn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CornProductionTest {

  @Test
  void productionIsKeptExactlyInThousandTons() {
    CornProduction production = new CornProduction(1985, new BigDecimal("225447.5"));

    assertThat(production.year()).isEqualTo(1985);
    assertThat(production.productionKt()).isEqualTo(new BigDecimal("225447.5"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1800, 1985, 2200})
  void yearsFrom1800To2200AreAccepted(int year) {
    assertThat(new CornProduction(year, BigDecimal.ONE).year()).isEqualTo(year);
  }

  @ParameterizedTest
  @ValueSource(ints = {1799, 2201, 0, -1985, 19850})
  void yearsOutsideTheRangeAreRejectedNamingTheField(int year) {
    assertThatThrownBy(() -> new CornProduction(year, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year")
        .hasMessageContaining(String.valueOf(year));
  }

  @Test
  void zeroProductionIsAccepted() {
    assertThat(new CornProduction(1985, BigDecimal.ZERO).productionKt()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.1", "-225447"})
  void negativeProductionIsRejectedNamingTheField(String amount) {
    assertThatThrownBy(() -> new CornProduction(1985, new BigDecimal(amount)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("production")
        .hasMessageContaining("negative");
  }

  @Test
  void missingProductionIsRejectedNamingTheField() {
    assertThatThrownBy(() -> new CornProduction(1985, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("production");
  }
}
