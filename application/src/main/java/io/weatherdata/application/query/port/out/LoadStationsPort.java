package io.weatherdata.application.query.port.out;

import io.weatherdata.application.query.model.StationFilter;
import io.weatherdata.application.query.model.StationQuery;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.station.Station;
import io.weatherdata.domain.station.StationId;
import java.util.Optional;

public interface LoadStationsPort {
  /** The page the query asks for: by id, or by distance then id near a point. */
  Slice<Station> list(StationQuery query);

  /** How many stations the filter selects, over all pages. */
  long count(StationFilter filter);

  Optional<Station> find(StationId station);
}
