package io.weatherdata.application.query.model;

import io.weatherdata.domain.observation.ObservationKey;
import io.weatherdata.domain.paging.PageRequest;
import java.util.Objects;

/** One page of the daily observations a filter selects, in station-then-date order. */
public record ObservationQuery(ObservationFilter filter, PageRequest<ObservationKey> page) {
  public ObservationQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(page, "page");
  }
}
