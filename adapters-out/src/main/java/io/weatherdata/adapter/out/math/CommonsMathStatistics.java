package io.weatherdata.adapter.out.math;

import io.weatherdata.application.agronomy.model.Correlation;
import io.weatherdata.application.agronomy.model.LinearTrend;
import io.weatherdata.application.agronomy.port.out.StatisticsPort;
import java.util.OptionalDouble;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The statistics port over Apache Commons Math: {@link SimpleRegression} for the trend, {@link PearsonsCorrelation}
 * for r and its two-sided p-value (Student's t, n − 2 degrees of freedom), {@link SpearmansCorrelation} with its
 * default ranking (ties take their average rank) for rho.
 */
public final class CommonsMathStatistics implements StatisticsPort {
  private static final int MIN_PAIRS = 3;

  @Override
  public LinearTrend trend(double[] x, double[] y) {
    SimpleRegression regression = new SimpleRegression();
    for (int i = 0; i < x.length; i++) {
      regression.addData(x[i], y[i]);
    }
    return new LinearTrend(regression.getIntercept(), regression.getSlope());
  }

  @Override
  public Correlation correlate(String variable, double[] x, double[] y) {
    int n = x.length;
    if (n < MIN_PAIRS) {
      return new Correlation(variable, n, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
    PearsonsCorrelation pearson = new PearsonsCorrelation(new BlockRealMatrix(new double[][] {x, y}).transpose());
    return new Correlation(variable, n, defined(pearson.getCorrelationMatrix().getEntry(0, 1)),
        defined(new SpearmansCorrelation().correlation(x, y)), defined(pearson.getCorrelationPValues().getEntry(0, 1)));
  }

  /** A constant series has no correlation: Commons Math answers NaN. */
  private static OptionalDouble defined(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
