package io.weatherdata.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.weatherdata.application.ingestion.port.in.IngestObservationsUseCase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * S3 ObjectCreated notifications → ingest just those objects. Keys arrive URL-encoded ({@code +} for a space);
 * objects outside the configured bucket and prefix are ignored (and logged).
 */
public class S3ObjectIngestHandler implements RequestHandler<S3Event, Map<String, Object>> {
  private final IngestRunner runner;
  private final LambdaOutput output;
  private final String bucket;
  private final String prefix;

  protected S3ObjectIngestHandler(IngestObservationsUseCase ingest, LambdaOutput output, String bucket, String prefix) {
    this.runner = new IngestRunner(ingest, output);
    this.output = output;
    this.bucket = bucket;
    this.prefix = prefix;
  }

  @Override
  public Map<String, Object> handleRequest(S3Event event, Context context) {
    Set<String> names = new TreeSet<>();
    for (S3EventNotificationRecord record : event.getRecords()) {
      String key = URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
      String objectBucket = record.getS3().getBucket().getName();
      if (objectBucket.equals(bucket) && key.startsWith(prefix) && key.indexOf('/', prefix.length()) < 0) {
        names.add(key.substring(prefix.length()));
      } else {
        output.log("WARN", "object outside the configured source ignored", Map.of("bucket", objectBucket, "key", key));
      }
    }
    if (names.isEmpty()) {
      Map<String, Object> nothing = new LinkedHashMap<>();
      nothing.put("status", "NOTHING_TO_DO");
      return nothing;
    }
    return runner.run("s3-object-ingest", Optional.of(names));
  }
}
