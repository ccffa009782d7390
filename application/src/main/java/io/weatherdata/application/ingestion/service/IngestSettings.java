package io.weatherdata.application.ingestion.service;

/**
 * How many rejected lines per file are kept in the run record (all are counted), and how many files load at
 * once (each on its own connection; 2 keeps both the parser and the database busy on a 2-core machine).
 */
public record IngestSettings(int rejectionSamplePerFile, int parallelFiles) {
  public IngestSettings {
    if (rejectionSamplePerFile < 0) {
      throw new IllegalArgumentException("rejectionSamplePerFile must be >= 0");
    }
    if (parallelFiles < 1) {
      throw new IllegalArgumentException("parallelFiles must be >= 1");
    }
  }

  /** One file at a time. */
  public IngestSettings(int rejectionSamplePerFile) {
    this(rejectionSamplePerFile, 1);
  }
}
