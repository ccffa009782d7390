package io.weatherdata.application.service;

import io.weatherdata.application.port.in.AnalysisCommand;
import io.weatherdata.application.port.in.AnalysisReport;
import io.weatherdata.application.port.in.ComputeYearlyStatsUseCase;
import io.weatherdata.application.port.in.IngestionReport;
import io.weatherdata.application.port.out.PublishIngestionEventsPort;
import io.weatherdata.domain.stats.StationYear;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The local stand-in for the completion event: when no event bus is configured, a completed ingestion runs
 * the analysis of the touched station-years right here.
 */
public final class AnalyzeInProcess implements PublishIngestionEventsPort {
  private final ComputeYearlyStatsUseCase analysis;
  private final Consumer<AnalysisReport> onAnalysed;

  public AnalyzeInProcess(ComputeYearlyStatsUseCase analysis, Consumer<AnalysisReport> onAnalysed) {
    this.analysis = analysis;
    this.onAnalysed = onAnalysed;
  }

  @Override
  public void ingestionCompleted(IngestionReport report, Set<StationYear> touched) {
    onAnalysed.accept(analysis.compute(AnalysisCommand.pendingOnly()));
  }
}
