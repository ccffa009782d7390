package io.weatherdata.application.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.weatherdata.application.analysis.port.in.AnalysisCommand;
import io.weatherdata.application.analysis.port.in.AnalysisReport;
import io.weatherdata.application.analysis.port.out.SaveStatisticsPort;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ComputeStatisticsServiceTest {
  private static final Instant STARTED = Instant.parse("2024-05-01T10:00:00Z");
  private static final Instant FINISHED = Instant.parse("2024-05-01T10:00:42Z");

  @Mock private SaveStatisticsPort stats;
  @Mock private Clock clock;
  private ComputeStatisticsService service;

  @BeforeEach
  void setUp() {
    when(clock.instant()).thenReturn(STARTED, FINISHED);
    service = new ComputeStatisticsService(stats, clock);
  }

  @Test
  void everythingRecomputesAllStationYearsOnly() {
    when(stats.recomputeAll()).thenReturn(7);

    AnalysisReport report = service.compute(AnalysisCommand.everything());

    verify(stats, never()).recomputePending();
    assertThat(report).isEqualTo(new AnalysisReport(true, 7, STARTED, FINISHED));
  }

  @Test
  void pendingOnlyRecomputesTouchedStationYearsOnly() {
    when(stats.recomputePending()).thenReturn(3);

    AnalysisReport report = service.compute(AnalysisCommand.pendingOnly());

    verify(stats, never()).recomputeAll();
    assertThat(report).isEqualTo(new AnalysisReport(false, 3, STARTED, FINISHED));
  }
}
