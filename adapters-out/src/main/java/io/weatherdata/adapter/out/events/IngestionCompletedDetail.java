package io.weatherdata.adapter.out.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.weatherdata.application.ingestion.model.IngestionReport;
import java.time.Instant;

/**
 * The {@code detail} of an IngestionCompleted event: the run's id and counts. What needs analysis is not in the
 * event: the station-years a run changed are marked in the database, where the analysis reads them.
 */
final class IngestionCompletedDetail {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IngestionCompletedDetail() {}

  static String json(IngestionReport report) {
    return JSON.createObjectNode()
        .put("run_id", report.runId())
        .put("status", report.status().name())
        .put("source", report.source())
        .put("started_at", report.startedAt().toString())
        .put("finished_at", report.finishedAt().map(Instant::toString).orElse(null))
        .put("files_loaded", report.filesLoaded())
        .put("rows_inserted", report.rowsInserted())
        .put("rows_updated", report.rowsUpdated())
        .put("rows_rejected", report.rowsRejected())
        .toString();
  }
}
