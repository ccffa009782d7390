package io.weatherdata.application.query.port.out;

import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationSummary;
import java.util.Optional;

public interface LoadStationsPort {
  Slice<StationSummary> list(PageRequest<StationId> page);

  long countStations();

  Optional<StationSummary> find(StationId station);
}
