package io.weatherdata.application.port.out;

import io.weatherdata.application.port.in.IngestionReport;

/** Tells the rest of the system that an ingestion run completed (in AWS: an EventBridge event). */
public interface PublishIngestionEventsPort {
  void ingestionCompleted(IngestionReport report);
}
