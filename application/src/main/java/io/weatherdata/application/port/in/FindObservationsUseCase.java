package io.weatherdata.application.port.in;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.paging.Page;

/** Daily observations, ordered by station then date. */
public interface FindObservationsUseCase {
  Page<Observation> find(ObservationQuery query);
}
