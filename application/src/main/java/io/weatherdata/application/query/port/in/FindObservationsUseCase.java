package io.weatherdata.application.query.port.in;

import io.weatherdata.application.query.model.ObservationQuery;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.paging.Page;

/** Daily observations, ordered by station then date. */
public interface FindObservationsUseCase {
  Page<Observation> find(ObservationQuery query);
}
