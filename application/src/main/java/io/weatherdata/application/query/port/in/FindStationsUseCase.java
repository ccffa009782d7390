package io.weatherdata.application.query.port.in;

import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationSummary;
import java.util.Optional;

/** The station catalogue as the stored data shows it, ordered by station id. */
public interface FindStationsUseCase {
  Page<StationSummary> list(PageRequest<StationId> page);

  Optional<StationSummary> find(StationId station);
}
