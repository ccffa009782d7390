package io.weatherdata.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.weatherdata.application.analysis.port.in.AnalysisCommand;
import io.weatherdata.application.analysis.port.in.AnalysisReport;
import io.weatherdata.application.analysis.port.in.ComputeStatisticsUseCase;
import io.weatherdata.application.ingestion.model.IngestionEvents;
import java.util.Map;

/**
 * The {@code IngestionCompleted} event → recompute the station-years ingestion marked as pending. The marks
 * live in the database, so a retried or duplicated event is harmless and a missed one is caught up next time.
 */
public class IngestionCompletedAnalysisHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
  private final ComputeStatisticsUseCase analysis;
  private final LambdaOutput output;

  protected IngestionCompletedAnalysisHandler(ComputeStatisticsUseCase analysis, LambdaOutput output) {
    this.analysis = analysis;
    this.output = output;
  }

  @Override
  public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
    if (!IngestionEvents.COMPLETED.equals(event.getDetailType())) {
      throw new IllegalArgumentException("expected a " + IngestionEvents.COMPLETED + " event, got detail-type " + event
          .getDetailType());
    }
    AnalysisReport report = analysis.compute(AnalysisCommand.pendingOnly());
    output.analysisMetrics("analysis", report);
    output.log("INFO", "analysis finished", ReportJson.of(report));
    return ReportJson.of(report);
  }
}
