package io.weatherdata.application.query.service;

import io.weatherdata.application.query.model.YearlyStatsQuery;
import io.weatherdata.application.query.port.in.FindYearlyStatsUseCase;
import io.weatherdata.application.query.port.out.LoadYearlyStatsPort;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.stats.YearlyStats;

/** A page of yearly statistics with the listing's total. */
public record FindYearlyStatsService(LoadYearlyStatsPort stats, StoredDataVersion version)
    implements FindYearlyStatsUseCase {
  @Override
  public Page<YearlyStats> find(YearlyStatsQuery query) {
    return version.page(query.page(), stats.page(query), query.filter(), () -> stats.count(query.filter()));
  }
}
