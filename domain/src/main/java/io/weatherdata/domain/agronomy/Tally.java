package io.weatherdata.domain.agronomy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A running count and exact sum of integer values at a fixed scale (tenths, hundredths): one measure's days. */
final class Tally {
  /** Decimal places kept in averages and means (rounded half away from zero), as in the yearly statistics. */
  static final int MEAN_SCALE = 6;

  private final int scale;
  private long sum;
  private int count;

  Tally(int scale) {
    this.scale = scale;
  }

  void add(Optional<Integer> value) {
    value.ifPresent(v -> {
      sum += v;
      count++;
    });
  }

  int count() {
    return count;
  }

  /** The exact sum; absent when nothing was added (a sum of no days is unknown, not zero). */
  Optional<BigDecimal> total() {
    return count == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(sum, scale));
  }

  Optional<BigDecimal> mean() {
    return total().map(t -> mean(t, count));
  }

  static BigDecimal mean(BigDecimal sum, int count) {
    return sum.divide(BigDecimal.valueOf(count), MEAN_SCALE, RoundingMode.HALF_UP);
  }
}
