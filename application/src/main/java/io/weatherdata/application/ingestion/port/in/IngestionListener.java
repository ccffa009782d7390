package io.weatherdata.application.ingestion.port.in;

import io.weatherdata.application.ingestion.model.FileReport;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.domain.observation.Rejection;

/** Progress of an ingestion run, for whoever started it (a console, a log). All methods default to no-ops. */
public interface IngestionListener {
  IngestionListener NONE = new IngestionListener() {};

  default void runStarted(long runId, String source, int filesToConsider) {}

  default void lineRejected(Rejection rejection) {}

  default void fileFinished(FileReport report, int filesDone, int filesTotal) {}

  default void runFinished(IngestionReport report) {}
}
