package io.weatherdata.application.query.port.out;

import io.weatherdata.application.query.model.CornFilter;
import io.weatherdata.application.query.model.CornQuery;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.paging.Slice;

public interface LoadCornProductionPort {
  /** The page the query asks for, by year. */
  Slice<CornProduction> page(CornQuery query);

  /** How many years the filter selects, over all pages. */
  long count(CornFilter filter);
}
