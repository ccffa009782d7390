package io.weatherdata.application.agronomy.port.in;

import io.weatherdata.application.agronomy.model.AgronomyFilter;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import java.util.function.Consumer;

/** Every row of an agronomy listing a filter selects, in the listing's order, handed to {@code sink} as it is read. */
public interface ExportAgronomyStatsUseCase {
  void monthly(AgronomyFilter filter, Consumer<MonthlyStats> sink);

  void anomalies(AgronomyFilter filter, Consumer<MonthlyAnomaly> sink);

  void seasons(AgronomyFilter filter, Consumer<SeasonIndicators> sink);

  void normals(AgronomyFilter filter, Consumer<MonthlyNormal> sink);
}
