package io.weatherdata.application.ingestion.service;

import io.weatherdata.application.ingestion.model.FileReport;
import io.weatherdata.application.ingestion.model.IngestionReport;
import java.time.Instant;
import java.util.Optional;

/** Adds up the file reports of one run. */
final class RunTally {
  private int filesSeen;
  private int filesLoaded;
  private int filesSkipped;
  private int filesRejected;
  private long inserted;
  private long updated;
  private long unchanged;
  private long rejected;
  private long warnings;

  void add(FileReport file) {
    filesSeen++;
    switch (file.outcome()) {
      case LOADED -> filesLoaded++;
      case SKIPPED -> filesSkipped++;
      case REJECTED -> filesRejected++;
    }
    inserted += file.rowsInserted();
    updated += file.rowsUpdated();
    unchanged += file.rowsUnchanged();
    rejected += file.rowsRejected();
    warnings += file.qualityWarnings();
  }

  IngestionReport report(long runId, String source, Instant startedAt, Instant finishedAt,
      IngestionReport.Status status, Optional<String> error) {
    return new IngestionReport(runId, source, startedAt, Optional.of(finishedAt), status, filesSeen, filesLoaded,
        filesSkipped, filesRejected, inserted, updated, unchanged, rejected, warnings, error);
  }
}
