package io.weatherdata.application.port.out;

import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationSummary;
import java.util.Optional;

public interface LoadStationsPort {
  Page<StationSummary> list(PageRequest<StationId> page);

  Optional<StationSummary> find(StationId station);
}
