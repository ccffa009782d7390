package io.weatherdata.application.query.model;

import io.weatherdata.domain.paging.PageRequest;
import java.util.Objects;

/** One page of the years of US corn production a filter selects, by year. */
public record CornQuery(CornFilter filter, PageRequest<Integer> page) {
  public CornQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(page, "page");
  }
}
