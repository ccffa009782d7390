package io.weatherdata.application.query.service;

import io.weatherdata.application.query.model.ObservationFilter;
import io.weatherdata.application.query.port.in.ExportObservationsUseCase;
import io.weatherdata.application.query.port.out.LoadObservationsPort;
import io.weatherdata.domain.observation.Observation;
import java.util.function.Consumer;

/** A whole observations listing, streamed from the store. */
public record ExportObservationsService(LoadObservationsPort observations) implements ExportObservationsUseCase {
  @Override
  public void export(ObservationFilter filter, Consumer<Observation> sink) {
    observations.stream(filter, sink);
  }
}
