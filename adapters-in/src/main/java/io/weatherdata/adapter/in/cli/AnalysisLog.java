package io.weatherdata.adapter.in.cli;

import io.weatherdata.application.analysis.port.in.AnalysisReport;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The structured (key=value) log line of an analysis run. */
public final class AnalysisLog {
  private static final Logger LOG = LoggerFactory.getLogger("io.weatherdata.analysis");

  private AnalysisLog() {}

  public static void finished(AnalysisReport report) {
    LOG.info("analysis finished scope={} station_years_written={} started_at={} finished_at={} duration_ms={}",
        report.all() ? "all" : "touched", report.stationYearsWritten(), report.startedAt(), report.finishedAt(),
        Duration.between(report.startedAt(), report.finishedAt()).toMillis());
  }
}
