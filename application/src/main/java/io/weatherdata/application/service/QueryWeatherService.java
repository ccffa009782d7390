package io.weatherdata.application.service;

import io.weatherdata.application.port.in.FindObservationsUseCase;
import io.weatherdata.application.port.in.FindStationsUseCase;
import io.weatherdata.application.port.in.FindYearlyStatsUseCase;
import io.weatherdata.application.port.in.GetDataVersionUseCase;
import io.weatherdata.application.port.in.IngestionReport;
import io.weatherdata.application.port.in.ListIngestionRunsUseCase;
import io.weatherdata.application.port.in.ObservationQuery;
import io.weatherdata.application.port.in.YearlyStatsQuery;
import io.weatherdata.application.port.out.DataVersionPort;
import io.weatherdata.application.port.out.IngestionRunLogPort;
import io.weatherdata.application.port.out.LoadObservationsPort;
import io.weatherdata.application.port.out.LoadStationsPort;
import io.weatherdata.application.port.out.LoadYearlyStatsPort;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationSummary;
import io.weatherdata.domain.stats.YearlyStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The read side. The data version is re-read at most once per {@code versionTtl}: ingestion runs daily, so a
 * validator that lags by a second costs nothing and saves a query per request. Listing totals are counted once
 * per data version and filter set (a total over all 1.7 million observations costs a full scan).
 */
public final class QueryWeatherService implements FindObservationsUseCase, FindYearlyStatsUseCase,
    FindStationsUseCase, ListIngestionRunsUseCase, GetDataVersionUseCase {
  private final LoadObservationsPort observations;
  private final LoadYearlyStatsPort stats;
  private final LoadStationsPort stations;
  private final IngestionRunLogPort runs;
  private final DataVersionPort version;
  private final Clock clock;
  private final Duration versionTtl;
  private volatile CachedVersion cachedVersion;
  private final TotalsCache totals = new TotalsCache();

  private record CachedVersion(String value, Instant readAt) {}

  public QueryWeatherService(LoadObservationsPort observations, LoadYearlyStatsPort stats, LoadStationsPort stations,
      IngestionRunLogPort runs, DataVersionPort version, Clock clock, Duration versionTtl) {
    this.observations = observations;
    this.stats = stats;
    this.stations = stations;
    this.runs = runs;
    this.version = version;
    this.clock = clock;
    this.versionTtl = versionTtl;
  }

  @Override
  public Page<Observation> find(ObservationQuery query) {
    return page(observations.page(query),
        List.of("observations", query.stations(), query.from(), query.to()), () -> observations.count(query));
  }

  @Override
  public Page<YearlyStats> find(YearlyStatsQuery query) {
    return page(stats.page(query),
        List.of("stats", query.stations(), query.fromYear(), query.toYear()), () -> stats.count(query));
  }

  @Override
  public Page<StationSummary> list(PageRequest<StationId> page) {
    return page(stations.list(page), List.of("stations"), stations::countStations);
  }

  private <T> Page<T> page(Slice<T> slice, Object filters, java.util.function.Supplier<Long> count) {
    return new Page<>(slice.items(), slice.hasMore(), totals.total(current(), filters, count));
  }

  @Override
  public Optional<StationSummary> find(StationId station) {
    return stations.find(station);
  }

  @Override
  public List<IngestionReport> latest(int limit) {
    return runs.latest(limit);
  }

  @Override
  public String current() {
    Instant now = clock.instant();
    CachedVersion cached = cachedVersion;
    if (cached == null || !now.isBefore(cached.readAt().plus(versionTtl))) {
      cached = new CachedVersion(version.current(), now);
      cachedVersion = cached;
    }
    return cached.value();
  }
}
