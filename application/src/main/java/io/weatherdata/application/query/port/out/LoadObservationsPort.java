package io.weatherdata.application.query.port.out;

import io.weatherdata.application.query.model.ObservationFilter;
import io.weatherdata.application.query.model.ObservationQuery;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.paging.Slice;
import java.util.function.Consumer;

public interface LoadObservationsPort {
  /** The page the query asks for, in station-then-date order. */
  Slice<Observation> page(ObservationQuery query);

  /** How many observations the filter selects, over all pages. */
  long count(ObservationFilter filter);

  /** Every observation the filter selects, in station-then-date order, streamed: memory does not grow with it. */
  void stream(ObservationFilter filter, Consumer<Observation> sink);
}
