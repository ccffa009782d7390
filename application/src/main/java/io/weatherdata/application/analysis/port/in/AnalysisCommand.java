package io.weatherdata.application.analysis.port.in;

/** {@code all}: recompute every station-year; otherwise only those touched by ingestion since the last analysis. */
public record AnalysisCommand(boolean all) {
  public static AnalysisCommand pendingOnly() {
    return new AnalysisCommand(false);
  }

  public static AnalysisCommand everything() {
    return new AnalysisCommand(true);
  }
}
