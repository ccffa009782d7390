package io.weatherdata.application.agronomy.port.in;

import io.weatherdata.application.agronomy.model.AgronomyQuery;
import io.weatherdata.application.agronomy.model.StationMonth;
import io.weatherdata.application.agronomy.model.StationYearMonth;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.stats.StationYear;

/** Pages of the agronomy statistics the analysis stored, with their totals. */
public interface FindAgronomyStatsUseCase {
  Page<MonthlyStats> monthly(AgronomyQuery<StationYearMonth> query);

  Page<MonthlyAnomaly> anomalies(AgronomyQuery<StationYearMonth> query);

  Page<SeasonIndicators> seasons(AgronomyQuery<StationYear> query);

  Page<MonthlyNormal> normals(AgronomyQuery<StationMonth> query);
}
