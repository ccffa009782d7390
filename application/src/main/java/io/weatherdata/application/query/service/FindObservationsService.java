package io.weatherdata.application.query.service;

import io.weatherdata.application.query.model.ObservationQuery;
import io.weatherdata.application.query.port.in.FindObservationsUseCase;
import io.weatherdata.application.query.port.out.LoadObservationsPort;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.paging.Page;

/** A page of daily observations with the listing's total. */
public record FindObservationsService(LoadObservationsPort observations, StoredDataVersion version)
    implements FindObservationsUseCase {
  @Override
  public Page<Observation> find(ObservationQuery query) {
    return version.page(query.page(), observations.page(query), query.filter(),
        () -> observations.count(query.filter()));
  }
}
