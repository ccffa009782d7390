package io.weatherdata.application.agronomy.service;

import io.weatherdata.application.agronomy.model.AgronomyFilter;
import io.weatherdata.application.agronomy.port.in.ExportAgronomyStatsUseCase;
import io.weatherdata.application.agronomy.port.out.LoadAgronomyPort;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import java.util.function.Consumer;

/** Whole agronomy listings, streamed from the store. */
public record ExportAgronomyStatsService(LoadAgronomyPort store) implements ExportAgronomyStatsUseCase {
  @Override
  public void monthly(AgronomyFilter filter, Consumer<MonthlyStats> sink) {
    store.streamMonthly(filter, sink);
  }

  @Override
  public void anomalies(AgronomyFilter filter, Consumer<MonthlyAnomaly> sink) {
    store.streamAnomalies(filter, sink);
  }

  @Override
  public void seasons(AgronomyFilter filter, Consumer<SeasonIndicators> sink) {
    store.streamSeasons(filter, sink);
  }

  @Override
  public void normals(AgronomyFilter filter, Consumer<MonthlyNormal> sink) {
    store.streamNormals(filter, sink);
  }
}
