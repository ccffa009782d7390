package io.weatherdata.application.ingestion.port.in;

import io.weatherdata.application.ingestion.model.IngestionReport;

/** Load raw station files from the configured source into the store, idempotently. */
public interface IngestObservationsUseCase {
  IngestionReport ingest(IngestCommand command);
}
