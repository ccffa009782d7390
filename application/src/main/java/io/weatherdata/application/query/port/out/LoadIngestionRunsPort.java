package io.weatherdata.application.query.port.out;

import io.weatherdata.application.ingestion.model.IngestionReport;
import java.util.List;

public interface LoadIngestionRunsPort {
  /** The most recent runs, newest first. */
  List<IngestionReport> latest(int limit);
}
