package io.weatherdata.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.weatherdata.application.port.in.AnalysisCommand;
import io.weatherdata.application.port.in.AnalysisReport;
import io.weatherdata.application.port.in.ComputeYearlyStatsUseCase;
import java.util.Map;

/**
 * The {@code IngestionCompleted} event → recompute the station-years ingestion marked as touched. The marks
 * live in the database, so a retried or duplicated event is harmless and a missed one is caught up next time.
 */
public class IngestionCompletedAnalysisHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
  public static final String DETAIL_TYPE = "IngestionCompleted";
  private final ComputeYearlyStatsUseCase analysis;
  private final LambdaOutput output;

  protected IngestionCompletedAnalysisHandler(ComputeYearlyStatsUseCase analysis, LambdaOutput output) {
    this.analysis = analysis;
    this.output = output;
  }

  @Override
  public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
    if (!DETAIL_TYPE.equals(event.getDetailType())) {
      throw new IllegalArgumentException("expected a " + DETAIL_TYPE + " event, got detail-type " + event.getDetailType());
    }
    AnalysisReport report = analysis.compute(AnalysisCommand.pendingOnly());
    output.analysisMetrics("analysis", report);
    output.log("INFO", "analysis finished", ReportJson.of(report));
    return ReportJson.of(report);
  }
}
