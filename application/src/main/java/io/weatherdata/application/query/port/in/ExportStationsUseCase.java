package io.weatherdata.application.query.port.in;

import io.weatherdata.application.query.model.StationFilter;
import io.weatherdata.domain.station.Station;
import java.util.function.Consumer;

/** Every station of the catalogue a filter selects, by id (or by distance near a point), handed to {@code sink}. */
public interface ExportStationsUseCase {
  void export(StationFilter filter, Consumer<Station> sink);
}
