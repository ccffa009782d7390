package io.weatherdata.application.ingestion.port.in;

import io.weatherdata.application.ingestion.model.IngestionReport;


/** An ingestion run stopped on an error; the report says what had been done and is stored as FAILED. */
public final class IngestionFailedException extends RuntimeException {
  private final transient IngestionReport report;

  public IngestionFailedException(IngestionReport report, Throwable cause) {
    super("ingestion run " + report.runId() + " failed: " + report.error().orElse("unknown error"), cause);
    this.report = report;
  }

  public IngestionReport report() {
    return report;
  }
}
