package io.weatherdata.adapter.out.events;

import io.weatherdata.application.port.in.IngestionReport;
import io.weatherdata.application.port.out.PublishIngestionEventsPort;
import io.weatherdata.domain.stats.StationYear;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * Announces a completed ingestion run as one {@value #DETAIL_TYPE} event from {@value #SOURCE} on an EventBridge
 * bus; rules (and the analysis Lambda) match on these two constants. A rejected entry is an exception, so the
 * caller's failure handling (Lambda retries) applies.
 */
public final class EventBridgeIngestionEvents implements PublishIngestionEventsPort {
  public static final String SOURCE = "io.weatherdata.ingestion";
  public static final String DETAIL_TYPE = "IngestionCompleted";

  private final EventBridgeClient client;
  private final String busName;

  public EventBridgeIngestionEvents(EventBridgeClient client, String busName) {
    this.client = Objects.requireNonNull(client, "client");
    this.busName = Objects.requireNonNull(busName, "busName");
  }

  @Override
  public void ingestionCompleted(IngestionReport report, Set<StationYear> touched) {
    PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
        .eventBusName(busName)
        .source(SOURCE)
        .detailType(DETAIL_TYPE)
        .detail(IngestionCompletedDetail.json(report, touched))
        .build();
    PutEventsResponse response = client.putEvents(request -> request.entries(entry));
    if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
      String error = response.entries().stream()
          .findFirst()
          .map(failed -> failed.errorCode() + ": " + failed.errorMessage())
          .orElse("no entry in the response");
      throw new IllegalStateException("EventBridge bus '" + busName + "' rejected the " + DETAIL_TYPE
          + " event of ingestion run " + report.runId() + ": " + error);
    }
  }
}
