package io.weatherdata.application.query.port.in;

import io.weatherdata.application.query.model.CornQuery;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.paging.Page;

/** US corn grain production per year (thousands of metric tons), ordered by year. */
public interface FindCornProductionUseCase {
  Page<CornProduction> find(CornQuery query);
}
