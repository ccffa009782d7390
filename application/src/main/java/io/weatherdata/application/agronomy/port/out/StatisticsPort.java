package io.weatherdata.application.agronomy.port.out;

import io.weatherdata.application.agronomy.model.Correlation;
import io.weatherdata.application.agronomy.model.LinearTrend;

/** Textbook statistics from a well-tested library: least squares and correlation with its significance. */
public interface StatisticsPort {
  /** The ordinary-least-squares line of {@code y} on {@code x} (at least two distinct x). */
  LinearTrend trend(double[] x, double[] y);

  /** Pearson, Spearman (average ranks for ties) and the two-sided p-value of Pearson's r, over paired values. */
  Correlation correlate(String variable, double[] x, double[] y);
}
