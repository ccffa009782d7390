package io.weatherdata.application.query.model;

import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.stats.StationYear;
import java.util.Objects;

/** One page of the yearly statistics a filter selects, in station-then-year order. */
public record YearlyStatsQuery(YearlyStatsFilter filter, PageRequest<StationYear> page) {
  public YearlyStatsQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(page, "page");
  }
}
