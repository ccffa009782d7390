package io.weatherdata.application.port.out;

import io.weatherdata.application.port.in.ObservationQuery;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.paging.Slice;

public interface LoadObservationsPort {
  /** The page the query asks for, in station-then-date order. */
  Slice<Observation> page(ObservationQuery query);

  /** How many observations match the query's filters, over all pages. */
  long count(ObservationQuery query);
}
