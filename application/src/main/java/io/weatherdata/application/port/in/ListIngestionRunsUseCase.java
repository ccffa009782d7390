package io.weatherdata.application.port.in;

import java.util.List;

/** The latest ingestion runs, newest first. */
public interface ListIngestionRunsUseCase {
  List<IngestionReport> latest(int limit);
}
