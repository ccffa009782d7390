package io.weatherdata.application.query.port.in;

import io.weatherdata.application.query.model.ObservationFilter;
import io.weatherdata.domain.observation.Observation;
import java.util.function.Consumer;

/** Every observation a filter selects, in station-then-date order, handed to {@code sink} as it is read. */
public interface ExportObservationsUseCase {
  void export(ObservationFilter filter, Consumer<Observation> sink);
}
