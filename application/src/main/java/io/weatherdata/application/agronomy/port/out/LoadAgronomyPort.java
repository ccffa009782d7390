package io.weatherdata.application.agronomy.port.out;

import io.weatherdata.application.agronomy.model.AgronomyFilter;
import io.weatherdata.application.agronomy.model.AgronomyListing;
import io.weatherdata.application.agronomy.model.AgronomyQuery;
import io.weatherdata.application.agronomy.model.ProductionYear;
import io.weatherdata.application.agronomy.model.StationMonth;
import io.weatherdata.application.agronomy.model.StationYearMonth;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.stats.StationYear;
import java.util.List;
import java.util.function.Consumer;

/** The stored agronomy statistics, each listing in its key order. */
public interface LoadAgronomyPort {
  Slice<MonthlyStats> monthly(AgronomyQuery<StationYearMonth> query);

  Slice<MonthlyAnomaly> anomalies(AgronomyQuery<StationYearMonth> query);

  Slice<SeasonIndicators> seasons(AgronomyQuery<StationYear> query);

  Slice<MonthlyNormal> normals(AgronomyQuery<StationMonth> query);

  /** Every row of a listing the filter selects, in the listing's key order, handed to {@code sink} as it is read. */
  void streamMonthly(AgronomyFilter filter, Consumer<MonthlyStats> sink);

  void streamAnomalies(AgronomyFilter filter, Consumer<MonthlyAnomaly> sink);

  void streamSeasons(AgronomyFilter filter, Consumer<SeasonIndicators> sink);

  void streamNormals(AgronomyFilter filter, Consumer<MonthlyNormal> sink);

  /** How many rows a listing holds under the filter, over all pages. */
  long count(AgronomyListing listing, AgronomyFilter filter);

  /** Every year with corn production, by year, with the weather of the stations of {@code states} (empty: all). */
  List<ProductionYear> productionYears(List<String> states);
}
