package io.weatherdata.application.agronomy.service;

import io.weatherdata.application.agronomy.model.AgronomyListing;
import io.weatherdata.application.agronomy.model.AgronomyQuery;
import io.weatherdata.application.agronomy.model.StationMonth;
import io.weatherdata.application.agronomy.model.StationYearMonth;
import io.weatherdata.application.agronomy.port.in.FindAgronomyStatsUseCase;
import io.weatherdata.application.agronomy.port.out.LoadAgronomyPort;
import io.weatherdata.application.query.service.StoredDataVersion;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.stats.StationYear;
import java.util.List;

/** Pages of the stored agronomy statistics; totals counted once per data version, listing and filter. */
public record FindAgronomyStatsService(LoadAgronomyPort store, StoredDataVersion version)
    implements FindAgronomyStatsUseCase {
  @Override
  public Page<MonthlyStats> monthly(AgronomyQuery<StationYearMonth> query) {
    return page(AgronomyListing.MONTHLY, store.monthly(query), query);
  }

  @Override
  public Page<MonthlyAnomaly> anomalies(AgronomyQuery<StationYearMonth> query) {
    return page(AgronomyListing.ANOMALIES, store.anomalies(query), query);
  }

  @Override
  public Page<SeasonIndicators> seasons(AgronomyQuery<StationYear> query) {
    return page(AgronomyListing.SEASONS, store.seasons(query), query);
  }

  @Override
  public Page<MonthlyNormal> normals(AgronomyQuery<StationMonth> query) {
    return page(AgronomyListing.NORMALS, store.normals(query), query);
  }

  private <T> Page<T> page(AgronomyListing listing, Slice<T> slice, AgronomyQuery<?> query) {
    return version.page(query.page(), slice, List.of(listing, query.filter()),
        () -> store.count(listing, query.filter()));
  }
}
