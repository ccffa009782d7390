package io.weatherdata.application.query.model;

import java.util.Objects;
import java.util.Optional;

/** Which years of US corn production a listing holds (inclusive; either end open). Keys totals and cursors. */
public record CornFilter(Optional<Integer> fromYear, Optional<Integer> toYear) {
  public CornFilter {
    Objects.requireNonNull(fromYear, "fromYear");
    Objects.requireNonNull(toYear, "toYear");
    if (fromYear.isPresent() && toYear.isPresent() && fromYear.get() > toYear.get()) {
      throw new IllegalArgumentException(
          "the first year " + fromYear.get() + " is after the last year " + toYear.get());
    }
  }
}
