package io.weatherdata.application.query.port.in;

import io.weatherdata.application.query.model.YearlyStatsFilter;
import io.weatherdata.domain.stats.YearlyStats;
import java.util.function.Consumer;

/** Every station-year a filter selects, in station-then-year order, handed to {@code sink} as it is read. */
public interface ExportYearlyStatsUseCase {
  void export(YearlyStatsFilter filter, Consumer<YearlyStats> sink);
}
