package io.weatherdata.application.port.in;

/** Load raw station files from the configured source into the store, idempotently. */
public interface IngestObservationsUseCase {
  IngestionReport ingest(IngestCommand command);
}
