package io.weatherdata.domain.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A running count and exact sum of integer values at a fixed scale (tenths, hundredths): one measure's days. Every
 * statistics rule (yearly, monthly, seasons, normals) averages and totals through it.
 */
public final class Tally {
  /** Decimal places kept in averages and means (rounded half away from zero). */
  public static final int MEAN_SCALE = YearlyStats.AVERAGE_SCALE;

  private final int scale;
  private long sum;
  private int count;

  public Tally(int scale) {
    this.scale = scale;
  }

  public void add(Optional<Integer> value) {
    value.ifPresent(v -> {
      sum += v;
      count++;
    });
  }

  public int count() {
    return count;
  }

  /** The exact sum; absent when nothing was added (a sum of no days is unknown, not zero). */
  public Optional<BigDecimal> total() {
    return count == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(sum, scale));
  }

  public Optional<BigDecimal> mean() {
    return total().map(t -> mean(t, count));
  }

  public static BigDecimal mean(BigDecimal sum, int count) {
    return sum.divide(BigDecimal.valueOf(count), MEAN_SCALE, RoundingMode.HALF_UP);
  }
}
