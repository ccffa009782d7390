package io.weatherdata.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.weatherdata.application.port.in.AnalysisCommand;
import io.weatherdata.application.port.in.AnalysisReport;
import io.weatherdata.application.port.in.ComputeYearlyStatsUseCase;
import io.weatherdata.application.port.in.IngestionReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AnalyzeInProcessTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  @Mock private ComputeYearlyStatsUseCase analysis;

  @Test
  void completedIngestionAnalysesThePendingStationYearsAndHandsOnTheReport() {
    AnalysisReport analysed = new AnalysisReport(false, 12, NOW, NOW.plusSeconds(3));
    when(analysis.compute(AnalysisCommand.pendingOnly())).thenReturn(analysed);
    List<AnalysisReport> received = new ArrayList<>();

    new AnalyzeInProcess(analysis, received::add).ingestionCompleted(succeededRun(), java.util.Set.of());

    verify(analysis).compute(new AnalysisCommand(false));
    verifyNoMoreInteractions(analysis);
    assertThat(received).containsExactly(analysed);
  }

  private static IngestionReport succeededRun() {
    return new IngestionReport(1, "local", NOW, Optional.of(NOW), IngestionReport.Status.SUCCEEDED,
        1, 1, 0, 0, 10, 0, 0, 0, 0, Optional.empty());
  }
}
