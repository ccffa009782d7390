package io.weatherdata.application.query.service;

import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.query.port.in.ListIngestionRunsUseCase;
import io.weatherdata.application.query.port.out.LoadIngestionRunsPort;
import java.util.List;

/** The latest ingestion runs, newest first. */
public record ListIngestionRunsService(LoadIngestionRunsPort runs) implements ListIngestionRunsUseCase {
  @Override
  public List<IngestionReport> latest(int limit) {
    return runs.latest(limit);
  }
}
