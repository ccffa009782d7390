package io.weatherdata.application.analysis.port.out;

/** Writes statistics computed from the stored observations. */
public interface SaveStatisticsPort {
  /** Recomputes the station-years ingestion marked as pending, then clears the marks. Returns how many. */
  int recomputePending();

  /** Recomputes every station-year that has observations. Returns how many. */
  int recomputeAll();
}
