package io.weatherdata.application.port.out;

import io.weatherdata.application.port.in.IngestionReport;
import io.weatherdata.domain.stats.StationYear;
import java.util.Set;

/** Tells the rest of the system that an ingestion run completed (in AWS: an EventBridge event). */
public interface PublishIngestionEventsPort {
  /** {@code touched}: the station-years whose observations the run inserted or updated. */
  void ingestionCompleted(IngestionReport report, Set<StationYear> touched);
}
