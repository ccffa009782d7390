package io.weatherdata.adapter.in.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.weatherdata.application.analysis.port.in.AnalysisReport;
import io.weatherdata.application.ingestion.model.IngestionReport;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Lambda writes to CloudWatch Logs: one JSON object per line (structured logs), and run counts as
 * CloudWatch Embedded Metric Format records in namespace {@value #NAMESPACE}, so the numbers become metrics
 * without any API call.
 */
public final class LambdaOutput {
  public static final String NAMESPACE = "WeatherData";
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final PrintStream out;

  public LambdaOutput(PrintStream out) {
    this.out = out;
  }

  public void log(String level, String message, Map<String, ?> fields) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("timestamp", Instant.now().toString());
    line.put("level", level);
    line.put("message", message);
    line.putAll(fields);
    print(line);
  }

  /** The EMF record of an ingestion run: IngestedRows, UpdatedRows, RejectedRows, DurationMs. */
  public void ingestionMetrics(String function, IngestionReport r) {
    long duration = r.finishedAt().map(end -> Duration.between(r.startedAt(), end).toMillis()).orElse(0L);
    metrics(function, Map.of("IngestedRows", r.rowsInserted(), "UpdatedRows", r.rowsUpdated(),
        "RejectedRows", r.rowsRejected(), "DurationMs", duration), Map.of("run_id", r.runId(), "status", r.status()));
  }

  /** The EMF record of an analysis: StationYearsWritten, DurationMs. */
  public void analysisMetrics(String function, AnalysisReport r) {
    metrics(function, Map.of("StationYearsWritten", (long) r.stationYearsWritten(),
        "DurationMs", Duration.between(r.startedAt(), r.finishedAt()).toMillis()), Map.of("scope", r.all()
            ? "all" : "touched"));
  }

  private void metrics(String function, Map<String, Long> values, Map<String, ?> properties) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("_aws", Map.of(
        "Timestamp", Instant.now().toEpochMilli(),
        "CloudWatchMetrics", List.of(Map.of(
            "Namespace", NAMESPACE,
            "Dimensions", List.of(List.of("Function")),
            "Metrics", values.keySet().stream().sorted()
                .map(name -> Map.of("Name", name, "Unit", name.endsWith("Ms") ? "Milliseconds" : "Count"))
                .toList()))));
    record.put("Function", function);
    record.putAll(values);
    record.putAll(properties);
    print(record);
  }

  private void print(Map<String, Object> record) {
    try {
      out.println(JSON.writeValueAsString(record));
    } catch (JsonProcessingException e) {
      out.println("{\"level\":\"ERROR\",\"message\":\"unprintable log record\"}");
    }
  }
}
