package io.weatherdata.adapter.in.lambda;

import io.weatherdata.application.ingestion.port.in.IngestCommand;
import io.weatherdata.application.ingestion.port.in.IngestObservationsUseCase;
import io.weatherdata.application.ingestion.port.in.IngestionFailedException;
import io.weatherdata.application.ingestion.model.IngestionReport;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs one ingestion for a handler: logs, emits metrics, and rethrows a failure so Lambda's retries apply. */
final class IngestRunner {
  private final IngestObservationsUseCase ingest;
  private final LambdaOutput output;

  IngestRunner(IngestObservationsUseCase ingest, LambdaOutput output) {
    this.ingest = ingest;
    this.output = output;
  }

  Map<String, Object> run(String function, Optional<Set<String>> onlyFiles) {
    try {
      IngestionReport report = ingest.ingest(new IngestCommand(onlyFiles, new LambdaIngestionListener(output)));
      output.ingestionMetrics(function, report);
      return ReportJson.of(report);
    } catch (IngestionFailedException e) {
      output.ingestionMetrics(function, e.report());
      throw e;
    }
  }
}
