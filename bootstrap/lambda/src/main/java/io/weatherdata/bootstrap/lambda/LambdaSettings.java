package io.weatherdata.bootstrap.lambda;

import java.util.Map;
import java.util.Optional;

/**
 * The Lambda functions' configuration, from their environment variables: the database (a Secrets Manager
 * secret in AWS, or a plain JDBC URL), the raw-data bucket and prefix, the event bus for completion events
 * (absent: analysis runs in-process), and endpoint overrides for S3-compatible and other local servers
 * ({@code S3_ENDPOINT}, {@code EVENTS_ENDPOINT}, {@code SECRETS_ENDPOINT}; unset in AWS).
 */
public record LambdaSettings(
    Optional<String> databaseSecretId,
    Optional<String> databaseUrl,
    String databaseUser,
    String databasePassword,
    String rawBucket,
    String rawPrefix,
    Optional<String> eventBusName,
    Optional<String> s3Endpoint,
    Optional<String> eventsEndpoint,
    Optional<String> secretsEndpoint,
    int rejectionSamplePerFile,
    int parallelFiles) {

  public static LambdaSettings from(Map<String, String> env) {
    Optional<String> secret = nonBlank(env, "DATABASE_SECRET_ID");
    Optional<String> url = nonBlank(env, "DATABASE_URL");
    if (secret.isEmpty() && url.isEmpty()) {
      throw new IllegalStateException("set DATABASE_SECRET_ID (or DATABASE_URL with DATABASE_USER/DATABASE_PASSWORD)");
    }
    return new LambdaSettings(secret, url,
        env.getOrDefault("DATABASE_USER", "weather"),
        env.getOrDefault("DATABASE_PASSWORD", ""),
        nonBlank(env, "RAW_BUCKET").orElseThrow(() -> new IllegalStateException("set RAW_BUCKET")),
        normalisedPrefix(env.getOrDefault("RAW_PREFIX", "")),
        nonBlank(env, "EVENT_BUS_NAME"),
        nonBlank(env, "S3_ENDPOINT"),
        nonBlank(env, "EVENTS_ENDPOINT"),
        nonBlank(env, "SECRETS_ENDPOINT"),
        Integer.parseInt(env.getOrDefault("INGEST_REJECTION_SAMPLE", "100")),
        Integer.parseInt(env.getOrDefault("INGEST_PARALLEL_FILES", "2")));
  }

  public String sourceUri() {
    return "s3://" + rawBucket + "/" + rawPrefix;
  }

  private static String normalisedPrefix(String prefix) {
    String trimmed = prefix.startsWith("/") ? prefix.substring(1) : prefix;
    return trimmed.isEmpty() || trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }

  private static Optional<String> nonBlank(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }
}
