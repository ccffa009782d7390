package io.weatherdata.application.agronomy.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a weather variable goes with the production departure across years: Pearson's r, Spearman's rho (ties
 * share their average rank), the number of years with both, and the two-sided p-value of r (Student's t with n − 2
 * degrees of freedom). Absent under 3 years or when either series is constant.
 */
public record Correlation(String variable, int n, OptionalDouble pearsonR, OptionalDouble spearmanRho,
    OptionalDouble pValue) {
  public Correlation {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(pearsonR, "pearsonR");
    Objects.requireNonNull(spearmanRho, "spearmanRho");
    Objects.requireNonNull(pValue, "pValue");
  }
}
