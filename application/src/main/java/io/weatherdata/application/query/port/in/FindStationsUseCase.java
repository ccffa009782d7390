package io.weatherdata.application.query.port.in;

import io.weatherdata.application.query.model.StationQuery;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.station.Station;
import io.weatherdata.domain.station.StationId;
import java.util.Optional;

/** The catalogue of the stations with data: their coverage and what the station list says of them. */
public interface FindStationsUseCase {
  Page<Station> list(StationQuery query);

  Optional<Station> find(StationId station);
}
