package io.weatherdata.application.query.service;

import io.weatherdata.application.query.model.StationFilter;
import io.weatherdata.application.query.port.in.ExportStationsUseCase;
import io.weatherdata.application.query.port.out.LoadStationsPort;
import io.weatherdata.domain.station.Station;
import java.util.function.Consumer;

/** The whole station catalogue under a filter, streamed from the store. */
public record ExportStationsService(LoadStationsPort stations) implements ExportStationsUseCase {
  @Override
  public void export(StationFilter filter, Consumer<Station> sink) {
    stations.stream(filter, sink);
  }
}
