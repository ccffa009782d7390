package io.weatherdata.application.agronomy.model;

/** A least-squares line {@code y = intercept + slope × x}. */
public record LinearTrend(double intercept, double slope) {
  public double at(double x) {
    return intercept + slope * x;
  }
}
