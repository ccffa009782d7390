package io.weatherdata.application.query.service;

import io.weatherdata.application.query.model.StationQuery;
import io.weatherdata.application.query.port.in.FindStationsUseCase;
import io.weatherdata.application.query.port.out.LoadStationsPort;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.station.Station;
import io.weatherdata.domain.station.StationId;
import java.util.Optional;

/** The station catalogue: a page of it, or one station. */
public record FindStationsService(LoadStationsPort stations, StoredDataVersion version) implements FindStationsUseCase {
  @Override
  public Page<Station> list(StationQuery query) {
    return version.page(query.page(), stations.list(query), query.filter(), () -> stations.count(query.filter()));
  }

  @Override
  public Optional<Station> find(StationId station) {
    return stations.find(station);
  }
}
