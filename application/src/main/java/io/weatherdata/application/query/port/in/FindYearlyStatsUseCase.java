package io.weatherdata.application.query.port.in;

import io.weatherdata.application.query.model.YearlyStatsQuery;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.stats.YearlyStats;

/** Yearly statistics, ordered by station then year. */
public interface FindYearlyStatsUseCase {
  Page<YearlyStats> find(YearlyStatsQuery query);
}
