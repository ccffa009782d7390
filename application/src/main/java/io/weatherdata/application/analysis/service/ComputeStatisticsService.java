package io.weatherdata.application.analysis.service;

import io.weatherdata.application.analysis.port.in.AnalysisCommand;
import io.weatherdata.application.analysis.port.in.AnalysisReport;
import io.weatherdata.application.analysis.port.in.ComputeStatisticsUseCase;
import io.weatherdata.application.analysis.port.out.SaveStatisticsPort;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Recomputes yearly statistics: everything, or only the station-years ingestion touched since last time. */
public final class ComputeStatisticsService implements ComputeStatisticsUseCase {
  private final SaveStatisticsPort stats;
  private final Clock clock;

  public ComputeStatisticsService(SaveStatisticsPort stats, Clock clock) {
    this.stats = Objects.requireNonNull(stats);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public AnalysisReport compute(AnalysisCommand command) {
    Instant startedAt = clock.instant();
    int written = command.all() ? stats.recomputeAll() : stats.recomputePending();
    return new AnalysisReport(command.all(), written, startedAt, clock.instant());
  }
}
