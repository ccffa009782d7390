package io.weatherdata.adapter.in.cli;

import io.weatherdata.application.ingestion.model.FileReport;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.domain.observation.Rejection;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an ingestion run as key=value lines: start, one progress line per file, each kept rejection, the end. */
public final class LoggingIngestionListener implements IngestionListener {
  private static final Logger LOG = LoggerFactory.getLogger("io.weatherdata.ingestion");

  @Override
  public void runStarted(long runId, String source, int filesToConsider) {
    LOG.info("ingestion started run_id={} source=\"{}\" files={} started_at={}", runId, source,
        filesToConsider, Instant.now());
  }

  @Override
  public void lineRejected(Rejection r) {
    LOG.warn("line rejected file={} line={} reason=\"{}\"", r.file(), r.lineNumber(), r.reason());
  }

  @Override
  public void fileFinished(FileReport f, int filesDone, int filesTotal) {
    LOG.info("file {}/{} file={} outcome={} inserted={} updated={} unchanged={} rejected={} max_below_min={} ms={}{}",
        filesDone, filesTotal, f.file(), f.outcome(), f.rowsInserted(), f.rowsUpdated(), f.rowsUnchanged(),
        f.rowsRejected(), f.qualityWarnings(), f.duration().toMillis(),
        f.problem().map(p -> " problem=\"" + p + "\"").orElse(""));
  }

  @Override
  public void runFinished(IngestionReport r) {
    String line = "ingestion finished run_id={} status={} started_at={} finished_at={} duration_ms={} files_seen={}"
        + " files_loaded={} files_skipped={} files_rejected={} rows_inserted={} rows_updated={} rows_unchanged={}"
        + " rows_rejected={} max_below_min={}{}";
    Object[] args = {r.runId(), r.status(), r.startedAt(), r.finishedAt().orElse(null),
        r.finishedAt().map(end -> Duration.between(r.startedAt(), end).toMillis()).orElse(null), r.filesSeen(),
        r.filesLoaded(), r.filesSkipped(), r.filesRejected(), r.rowsInserted(), r.rowsUpdated(), r.rowsUnchanged(),
        r.rowsRejected(), r.qualityWarnings(), r.error().map(e -> " error=\"" + e + "\"").orElse("")};
    if (r.status() == IngestionReport.Status.SUCCEEDED) {
      LOG.info(line, args);
    } else {
      LOG.error(line, args);
    }
  }
}
