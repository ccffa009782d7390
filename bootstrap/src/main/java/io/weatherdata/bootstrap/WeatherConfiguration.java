package io.weatherdata.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** config.yml: Dropwizard's server and logging, plus the database, the embedded fallback and ingestion settings. */
public class WeatherConfiguration extends Configuration {
  /** With {@code url: embedded}, the embedded PostgreSQL below is started and used. */
  @Valid @NotNull @JsonProperty private DataSourceFactory database = new DataSourceFactory();

  @Valid @NotNull @JsonProperty private EmbeddedDatabase embeddedDatabase = new EmbeddedDatabase();

  @Valid @NotNull @JsonProperty private Ingestion ingestion = new Ingestion();

  @Valid @NotNull @JsonProperty private Api api = new Api();

  @Valid @NotNull @JsonProperty private Aws aws = new Aws();

  public Aws getAws() {
    return aws;
  }

  public Api getApi() {
    return api;
  }

  public DataSourceFactory getDatabase() {
    return database;
  }

  public EmbeddedDatabase getEmbeddedDatabase() {
    return embeddedDatabase;
  }

  public Ingestion getIngestion() {
    return ingestion;
  }

  public static class EmbeddedDatabase {
    @NotBlank @JsonProperty private String dataDirectory = ".weather-db";
    @Min(1) @Max(65535) @JsonProperty private int port = 54329;
    @NotBlank @JsonProperty private String databaseName = "weather";

    public String getDataDirectory() {
      return dataDirectory;
    }

    public int getPort() {
      return port;
    }

    public String getDatabaseName() {
      return databaseName;
    }
  }

  /** AWS integration; every value empty means "not used" (local runs). */
  public static class Aws {
    /** Secrets Manager secret (RDS JSON shape) holding the database host, port, name, user and password. */
    @NotNull @JsonProperty private String databaseSecretId = "";
    /** EventBridge bus for IngestionCompleted events; empty: analysis runs in-process after ingestion. */
    @NotNull @JsonProperty private String eventBusName = "";
    /** An S3-compatible endpoint (path-style), for local S3 servers; empty: AWS. */
    @NotNull @JsonProperty private String s3Endpoint = "";

    Optional<String> databaseSecretId() {
      return Optional.of(databaseSecretId).filter(s -> !s.isBlank());
    }

    Optional<String> eventBusName() {
      return Optional.of(eventBusName).filter(s -> !s.isBlank());
    }

    Optional<String> s3Endpoint() {
      return Optional.of(s3Endpoint).filter(s -> !s.isBlank());
    }
  }

  public static class Api {
    /**
     * Signs page cursors. Give every instance behind one load balancer the same secret (at least 16 bytes); empty
     * means a random secret per process, so cursors do not survive a restart (they are then rejected as stale).
     */
    @NotNull @JsonProperty private String cursorSecret = "";

    /**
     * Memory for whole responses (identity bodies, and gzip ones once asked for), in MiB: a repeated request is
     * answered from it without the database. 64 MiB holds ~2,000 pages of 100 observations; 0 turns the cache off.
     */
    @Min(0) @Max(4096) @JsonProperty private int responseCacheMb = 64;

    /**
     * Whole-listing downloads streaming at once; each holds a pooled connection while it streams, so keep it well
     * under the pool's size (6 by default) for the pages' sake. One more is refused with 503 and Retry-After.
     */
    @Min(1) @Max(64) @JsonProperty private int maxConcurrentExports = 2;

    int maxConcurrentExports() {
      return maxConcurrentExports;
    }

    long responseCacheBytes() {
      return responseCacheMb * 1024L * 1024L;
    }

    byte[] cursorSecret() {
      if (cursorSecret.isEmpty()) {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return random;
      }
      return cursorSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  public static class Ingestion {
    /** Rejected lines kept per file in the run record and the log (all are counted). */
    @Min(0) @Max(10_000) @JsonProperty private int rejectionSamplePerFile = 100;

    /** Files loaded at once, each on its own connection. */
    @Min(1) @Max(16) @JsonProperty private int parallelFiles = 2;

    public int getRejectionSamplePerFile() {
      return rejectionSamplePerFile;
    }

    public int getParallelFiles() {
      return parallelFiles;
    }
  }
}
