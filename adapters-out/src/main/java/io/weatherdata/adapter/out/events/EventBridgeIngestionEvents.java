package io.weatherdata.adapter.out.events;

import io.weatherdata.application.ingestion.model.IngestionEvents;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.port.out.IngestionCompletedPort;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * Announces a completed ingestion run as one {@code IngestionCompleted} event from {@code io.weatherdata.ingestion}
 * on an EventBridge bus ({@link IngestionEvents}); rules (and the analysis Lambda) match on these two names. A
 * rejected entry is an exception, so the caller's failure handling (Lambda retries) applies.
 */
public final class EventBridgeIngestionEvents implements IngestionCompletedPort {
  private final EventBridgeClient client;
  private final String busName;

  public EventBridgeIngestionEvents(EventBridgeClient client, String busName) {
    this.client = Objects.requireNonNull(client, "client");
    this.busName = Objects.requireNonNull(busName, "busName");
  }

  /** A client with the URL-connection HTTP client; {@code endpoint} overrides AWS's (a local stand-in). */
  public static EventBridgeClient client(Optional<String> endpoint) {
    var builder = EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create());
    endpoint.ifPresent(url -> builder.endpointOverride(URI.create(url)));
    return builder.build();
  }

  @Override
  public void ingestionCompleted(IngestionReport report) {
    PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
        .eventBusName(busName)
        .source(IngestionEvents.SOURCE)
        .detailType(IngestionEvents.COMPLETED)
        .detail(IngestionCompletedDetail.json(report))
        .build();
    PutEventsResponse response = client.putEvents(request -> request.entries(entry));
    if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
      String error = response.entries().stream()
          .findFirst()
          .map(failed -> failed.errorCode() + ": " + failed.errorMessage())
          .orElse("no entry in the response");
      throw new IllegalStateException("EventBridge bus '" + busName + "' rejected the " + IngestionEvents.COMPLETED
          + " event of ingestion run " + report.runId() + ": " + error);
    }
  }
}
