package io.weatherdata.application.port.out;

import io.weatherdata.application.port.in.YearlyStatsQuery;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.stats.YearlyStats;

public interface LoadYearlyStatsPort {
  Page<YearlyStats> find(YearlyStatsQuery query);
}
