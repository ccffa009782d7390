package io.weatherdata.application.port.out;

import io.weatherdata.application.port.in.ObservationQuery;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.paging.Page;

public interface LoadObservationsPort {
  Page<Observation> find(ObservationQuery query);
}
