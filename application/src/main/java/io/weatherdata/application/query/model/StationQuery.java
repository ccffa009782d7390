package io.weatherdata.application.query.model;

import io.weatherdata.domain.paging.PageRequest;
import java.util.Objects;

/** One page of the stations a filter selects: by id, or by distance then id when the filter is near a point. */
public record StationQuery(StationFilter filter, PageRequest<StationPosition> page) {
  public StationQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(page, "page");
  }
}
