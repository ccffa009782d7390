package io.weatherdata.application.ingestion.model;

import java.time.Instant;
import java.util.Optional;

/** The record of one ingestion run: when, from where, how it ended and what it counted. */
public record IngestionReport(long runId,
    String source,
    Instant startedAt,
    Optional<Instant> finishedAt,
    Status status,
    int filesSeen,
    int filesLoaded,
    int filesSkipped,
    int filesRejected,
    long rowsInserted,
    long rowsUpdated,
    long rowsUnchanged,
    long rowsRejected,
    long qualityWarnings,
    Optional<String> error) {

  public enum Status { RUNNING, SUCCEEDED, FAILED }

  public boolean changedData() {
    return rowsInserted + rowsUpdated > 0;
  }
}
