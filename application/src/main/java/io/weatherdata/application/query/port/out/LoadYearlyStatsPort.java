package io.weatherdata.application.query.port.out;

import io.weatherdata.application.query.model.YearlyStatsFilter;
import io.weatherdata.application.query.model.YearlyStatsQuery;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.stats.YearlyStats;
import java.util.function.Consumer;

public interface LoadYearlyStatsPort {
  /** The page the query asks for, in station-then-year order. */
  Slice<YearlyStats> page(YearlyStatsQuery query);

  /** How many station-years the filter selects, over all pages. */
  long count(YearlyStatsFilter filter);

  /** Every station-year the filter selects, in station-then-year order, streamed. */
  void stream(YearlyStatsFilter filter, Consumer<YearlyStats> sink);
}
