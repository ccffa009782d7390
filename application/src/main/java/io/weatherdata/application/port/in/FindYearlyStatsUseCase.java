package io.weatherdata.application.port.in;

import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.stats.YearlyStats;

/** Yearly statistics, ordered by station then year. */
public interface FindYearlyStatsUseCase {
  Page<YearlyStats> find(YearlyStatsQuery query);
}
