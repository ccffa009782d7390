package io.weatherdata.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.weatherdata.application.ingestion.port.in.IngestObservationsUseCase;
import java.util.Map;
import java.util.Optional;

/** EventBridge schedule → one ingestion run over the configured S3 prefix (unchanged objects are skipped). */
public class ScheduledIngestHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
  private final IngestRunner runner;

  protected ScheduledIngestHandler(IngestObservationsUseCase ingest, LambdaOutput output) {
    this.runner = new IngestRunner(ingest, output);
  }

  @Override
  public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
    return runner.run("scheduled-ingest", Optional.empty());
  }
}
