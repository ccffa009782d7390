package io.weatherdata.application.ingestion.model;

/** The names of the event that announces a completed ingestion run (EventBridge rules match on both). */
public final class IngestionEvents {
  public static final String SOURCE = "io.weatherdata.ingestion";
  public static final String COMPLETED = "IngestionCompleted";

  private IngestionEvents() {}
}
