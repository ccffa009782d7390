package io.weatherdata.application.analysis.port.in;

/** Recompute yearly statistics from stored observations. */
public interface ComputeStatisticsUseCase {
  AnalysisReport compute(AnalysisCommand command);
}
