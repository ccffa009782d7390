package io.weatherdata.application.query.service;

import io.weatherdata.application.query.model.CornQuery;
import io.weatherdata.application.query.port.in.FindCornProductionUseCase;
import io.weatherdata.application.query.port.out.LoadCornProductionPort;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.paging.Page;

/** A page of US corn production with the listing's total. */
public record FindCornProductionService(LoadCornProductionPort corn, StoredDataVersion version)
    implements FindCornProductionUseCase {
  @Override
  public Page<CornProduction> find(CornQuery query) {
    return version.page(query.page(), corn.page(query), query.filter(), () -> corn.count(query.filter()));
  }
}
