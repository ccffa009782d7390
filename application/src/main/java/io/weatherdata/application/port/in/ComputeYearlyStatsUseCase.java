package io.weatherdata.application.port.in;

/** Recompute yearly statistics from stored observations. */
public interface ComputeYearlyStatsUseCase {
  AnalysisReport compute(AnalysisCommand command);
}
