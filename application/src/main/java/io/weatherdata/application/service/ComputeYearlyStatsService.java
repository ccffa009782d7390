package io.weatherdata.application.service;

import io.weatherdata.application.port.in.AnalysisCommand;
import io.weatherdata.application.port.in.AnalysisReport;
import io.weatherdata.application.port.in.ComputeYearlyStatsUseCase;
import io.weatherdata.application.port.out.YearlyStatsPort;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Recomputes yearly statistics: everything, or only the station-years ingestion touched since last time. */
public final class ComputeYearlyStatsService implements ComputeYearlyStatsUseCase {
  private final YearlyStatsPort stats;
  private final Clock clock;

  public ComputeYearlyStatsService(YearlyStatsPort stats, Clock clock) {
    this.stats = Objects.requireNonNull(stats);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public AnalysisReport compute(AnalysisCommand command) {
    Instant startedAt = clock.instant();
    int written = command.all() ? stats.recomputeAll() : stats.recomputeTouched();
    return new AnalysisReport(command.all(), written, startedAt, clock.instant());
  }
}
