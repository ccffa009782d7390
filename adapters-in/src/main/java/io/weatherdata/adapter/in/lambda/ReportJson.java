package io.weatherdata.adapter.in.lambda;

import io.weatherdata.application.analysis.port.in.AnalysisReport;
import io.weatherdata.application.ingestion.model.IngestionReport;
import java.util.LinkedHashMap;
import java.util.Map;

/** Handler results as plain maps (what the Lambda runtime serialises to the invocation's JSON response). */
final class ReportJson {
  private ReportJson() {}

  static Map<String, Object> of(IngestionReport r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("run_id", r.runId());
    json.put("status", r.status().name());
    json.put("source", r.source());
    json.put("started_at", r.startedAt().toString());
    json.put("finished_at", r.finishedAt().map(Object::toString).orElse(null));
    json.put("files_seen", r.filesSeen());
    json.put("files_loaded", r.filesLoaded());
    json.put("files_skipped", r.filesSkipped());
    json.put("files_rejected", r.filesRejected());
    json.put("rows_inserted", r.rowsInserted());
    json.put("rows_updated", r.rowsUpdated());
    json.put("rows_unchanged", r.rowsUnchanged());
    json.put("rows_rejected", r.rowsRejected());
    json.put("quality_warnings", r.qualityWarnings());
    r.error().ifPresent(e -> json.put("error", e));
    return json;
  }

  static Map<String, Object> of(AnalysisReport r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scope", r.all() ? "all" : "touched");
    json.put("station_years_written", r.stationYearsWritten());
    json.put("started_at", r.startedAt().toString());
    json.put("finished_at", r.finishedAt().toString());
    return json;
  }
}
