package io.weatherdata.application.query.port.out;

import io.weatherdata.application.query.model.StationFilter;
import io.weatherdata.application.query.model.StationQuery;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.station.Station;
import io.weatherdata.domain.station.StationId;
import java.util.Optional;
import java.util.function.Consumer;

public interface LoadStationsPort {
  /** The page the query asks for: by id, or by distance then id near a point. */
  Slice<Station> list(StationQuery query);

  /** Every station the filter selects, in the listing's order, handed to {@code sink} as it is read. */
  void stream(StationFilter filter, Consumer<Station> sink);

  /** How many stations the filter selects, over all pages. */
  long count(StationFilter filter);

  Optional<Station> find(StationId station);
}
