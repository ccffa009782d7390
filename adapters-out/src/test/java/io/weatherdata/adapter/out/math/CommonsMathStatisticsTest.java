package io.weatherdata.adapter.out.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.weatherdata.application.agronomy.model.Correlation;
import io.weatherdata.application.agronomy.model.LinearTrend;
import org.junit.jupiter.api.Test;

/** Against values worked by hand. */
class CommonsMathStatisticsTest {
  private final CommonsMathStatistics statistics = new CommonsMathStatistics();

  @Test
  void theTrendIsTheLeastSquaresLine() {
    LinearTrend trend = statistics.trend(new double[] {1, 2, 3}, new double[] {1, 3, 5});

    assertThat(trend.slope()).isCloseTo(2, within(1e-12));
    assertThat(trend.intercept()).isCloseTo(-1, within(1e-12));
    assertThat(trend.at(10)).isCloseTo(19, within(1e-12));
  }

  /**
   * x = 1..5, y = 2,4,5,4,5: Sxy = 6, Sxx = 10, Syy = 6, r = 6/√60. The tied y take ranks 2.5 and 4.5, so
   * rho = 7/√90. t = r·√(3/(1−r²)) = √4.5; with 3 degrees of freedom F(t) = ½ + (t/(√3(1+t²/3)) + atan(t/√3))/π.
   */
  @Test
  void correlationsUseAverageRanksForTiesAndStudentsT() {
    Correlation c = statistics.correlate("v", new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});

    double t = Math.sqrt(4.5);
    double cdf = 0.5 + (t / (Math.sqrt(3) * (1 + t * t / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI;
    assertThat(c.n()).isEqualTo(5);
    assertThat(c.pearsonR().getAsDouble()).isCloseTo(6 / Math.sqrt(60), within(1e-12));
    assertThat(c.spearmanRho().getAsDouble()).isCloseTo(7 / Math.sqrt(90), within(1e-12));
    assertThat(c.pValue().getAsDouble()).isCloseTo(2 * (1 - cdf), within(1e-9)).isCloseTo(0.124, within(1e-3));
  }

  @Test
  void tooFewYearsOrAConstantSeriesHaveNoCorrelation() {
    assertThat(statistics.correlate("v", new double[] {1, 2}, new double[] {3, 4}).pearsonR()).isEmpty();
    Correlation constant = statistics.correlate("v", new double[] {1, 2, 3}, new double[] {4, 4, 4});
    assertThat(constant.n()).isEqualTo(3);
    assertThat(constant.pearsonR()).isEmpty();
    assertThat(constant.spearmanRho()).isEmpty();
  }
}
