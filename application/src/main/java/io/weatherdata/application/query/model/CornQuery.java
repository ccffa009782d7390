package io.weatherdata.application.query.model;

import io.weatherdata.domain.paging.PageRequest;
import java.util.Objects;
import java.util.Optional;

/** One page of US corn production, by year, between two years (inclusive; either open). */
public record CornQuery(Optional<Integer> fromYear, Optional<Integer> toYear, PageRequest<Integer> page) {
  public CornQuery {
    Objects.requireNonNull(fromYear, "fromYear");
    Objects.requireNonNull(toYear, "toYear");
    Objects.requireNonNull(page, "page");
    if (fromYear.isPresent() && toYear.isPresent() && fromYear.get() > toYear.get()) {
      throw new IllegalArgumentException("the first year " + fromYear.get() + " is after the last year " + toYear.get(
          ));
    }
  }

  /** The filters alone: what keys the listing's total. */
  public Object filter() {
    return java.util.List.of("corn", fromYear, toYear);
  }
}
