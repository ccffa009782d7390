package io.weatherdata.application.query.service;

import io.weatherdata.application.query.model.YearlyStatsFilter;
import io.weatherdata.application.query.port.in.ExportYearlyStatsUseCase;
import io.weatherdata.application.query.port.out.LoadYearlyStatsPort;
import io.weatherdata.domain.stats.YearlyStats;
import java.util.function.Consumer;

/** A whole yearly statistics listing, streamed from the store. */
public record ExportYearlyStatsService(LoadYearlyStatsPort stats) implements ExportYearlyStatsUseCase {
  @Override
  public void export(YearlyStatsFilter filter, Consumer<YearlyStats> sink) {
    stats.stream(filter, sink);
  }
}
