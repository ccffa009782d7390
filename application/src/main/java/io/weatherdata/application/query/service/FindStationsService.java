package io.weatherdata.application.query.service;

import io.weatherdata.application.query.port.in.FindStationsUseCase;
import io.weatherdata.application.query.port.out.LoadStationsPort;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationSummary;
import java.util.Optional;

/** The station catalogue: a page of it, or one station. */
public record FindStationsService(LoadStationsPort stations, StoredDataVersion version) implements FindStationsUseCase {
  private static final Object ALL_STATIONS = "all stations";

  @Override
  public Page<StationSummary> list(PageRequest<StationId> page) {
    return version.page(stations.list(page), ALL_STATIONS, stations::countStations);
  }

  @Override
  public Optional<StationSummary> find(StationId station) {
    return stations.find(station);
  }
}
