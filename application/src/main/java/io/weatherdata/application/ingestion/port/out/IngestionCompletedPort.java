package io.weatherdata.application.ingestion.port.out;

import io.weatherdata.application.ingestion.model.IngestionReport;

/**
 * What follows a successful ingestion run: the analysis of the station-years it marked as pending. In AWS the
 * adapter publishes an {@code IngestionCompleted} event (the analysis function reacts to it); locally, the
 * wiring runs the analysis in process. Called after every successful run, also one that changed nothing, so
 * marks left by an earlier failed run are caught up.
 */
public interface IngestionCompletedPort {
  void ingestionCompleted(IngestionReport report);
}
