package io.weatherdata.application.port.out;

/** Writes yearly statistics computed from the stored observations. */
public interface YearlyStatsPort {
  /** Recomputes the station-years marked as touched by ingestion, then clears the marks. Returns how many. */
  int recomputeTouched();

  /** Recomputes every station-year that has observations. Returns how many. */
  int recomputeAll();
}
