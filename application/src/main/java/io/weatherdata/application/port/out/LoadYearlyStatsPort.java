package io.weatherdata.application.port.out;

import io.weatherdata.application.port.in.YearlyStatsQuery;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.stats.YearlyStats;

public interface LoadYearlyStatsPort {
  /** The page the query asks for, in station-then-year order. */
  Slice<YearlyStats> page(YearlyStatsQuery query);

  /** How many station-years match the query's filters, over all pages. */
  long count(YearlyStatsQuery query);
}
