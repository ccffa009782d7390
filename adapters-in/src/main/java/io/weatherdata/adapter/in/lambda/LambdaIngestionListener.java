package io.weatherdata.adapter.in.lambda;

import io.weatherdata.application.ingestion.model.FileReport;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.domain.observation.Rejection;
import java.util.LinkedHashMap;
import java.util.Map;

/** An ingestion run as JSON log lines: start, each loaded or rejected file, each kept rejected line, the end. */
final class LambdaIngestionListener implements IngestionListener {
  private final LambdaOutput output;

  LambdaIngestionListener(LambdaOutput output) {
    this.output = output;
  }

  @Override
  public void runStarted(long runId, String source, int filesToConsider) {
    output.log("INFO", "ingestion started", Map.of("run_id", runId, "source", source, "files", filesToConsider));
  }

  @Override
  public void lineRejected(Rejection r) {
    output.log("WARN", "line rejected", Map.of("file", r.file(), "line", r.lineNumber(), "reason", r.reason()));
  }

  @Override
  public void fileFinished(FileReport f, int filesDone, int filesTotal) {
    if (f.outcome() == FileReport.Outcome.SKIPPED) {
      return; // an unchanged file is not news; the run's end counts them
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("file", f.file());
    fields.put("outcome", f.outcome());
    fields.put("progress", filesDone + "/" + filesTotal);
    fields.put("inserted", f.rowsInserted());
    fields.put("updated", f.rowsUpdated());
    fields.put("unchanged", f.rowsUnchanged());
    fields.put("rejected", f.rowsRejected());
    fields.put("ms", f.duration().toMillis());
    f.problem().ifPresent(p -> fields.put("problem", p));
    output.log("INFO", "file finished", fields);
  }

  @Override
  public void runFinished(IngestionReport r) {
    output.log(r.status() == IngestionReport.Status.SUCCEEDED ? "INFO" : "ERROR", "ingestion finished",
        ReportJson.of(r));
  }
}
