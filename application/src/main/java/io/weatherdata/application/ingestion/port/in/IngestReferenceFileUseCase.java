package io.weatherdata.application.ingestion.port.in;

import io.weatherdata.application.ingestion.model.IngestionReport;

/**
 * Load one reference file (NOAA's station list, or US corn production) into the store, upserting every good
 * line: running it again changes nothing. Recorded as an ingestion run like the observation files.
 */
public interface IngestReferenceFileUseCase {
  IngestionReport ingest(ReferenceFileCommand command);
}
