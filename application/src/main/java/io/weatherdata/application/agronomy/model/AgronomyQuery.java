package io.weatherdata.application.agronomy.model;

import io.weatherdata.domain.paging.PageRequest;
import java.util.Objects;

/** One page of an agronomy listing under a filter; {@code K} is the listing's key (where the page starts after). */
public record AgronomyQuery<K>(AgronomyFilter filter, PageRequest<K> page) {
  public AgronomyQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(page, "page");
  }
}
