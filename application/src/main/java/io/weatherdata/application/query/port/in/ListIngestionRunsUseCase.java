package io.weatherdata.application.query.port.in;

import io.weatherdata.application.ingestion.model.IngestionReport;
import java.util.List;

/** The latest ingestion runs, newest first. */
public interface ListIngestionRunsUseCase {
  List<IngestionReport> latest(int limit);
}
