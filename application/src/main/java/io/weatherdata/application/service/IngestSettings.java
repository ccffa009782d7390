package io.weatherdata.application.service;

/** How many rejected lines per file are kept in the run record (all are counted). */
public record IngestSettings(int rejectionSamplePerFile) {
  public IngestSettings {
    if (rejectionSamplePerFile < 0) {
      throw new IllegalArgumentException("rejectionSamplePerFile must be >= 0");
    }
  }
}
