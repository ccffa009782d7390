package io.weatherdata.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the deployment is sized for (CDK context {@code scale}). {@code sample}: the 167-station sample on one RDS
 * PostgreSQL instance, every Lambda one run at a time. {@code ghcn}: all of GHCN-Daily (~125,000 stations) on an
 * Aurora PostgreSQL cluster (a writer and a reader, I/O-Optimized storage) with an RDS Proxy for the Lambdas, and up
 * to {@code ingestConcurrency} S3 ingestion runs at once. docs/deployment.md, "Scale", says why.
 *
 * @param name               {@code sample} or {@code ghcn}
 * @param databaseClass      the cluster's instance class (context {@code dbInstanceClass}); empty at sample scale
 * @param ingestConcurrency  the S3 ingestion function's reserved concurrency: 1 at sample scale
 */
public record Scale(String name, String databaseClass, int ingestConcurrency) {

  public static final Scale SAMPLE = new Scale("sample", "", 1);
  public static final String DEFAULT_DATABASE_CLASS = "r6g.large";
  public static final int DEFAULT_INGEST_CONCURRENCY = 20;

  public Scale {
    if (!name.equals("sample") && !name.equals("ghcn")) {
      throw new IllegalArgumentException("scale must be sample or ghcn, was: " + name);
    }
    if (ingestConcurrency < 1) {
      throw new IllegalArgumentException("ingestConcurrency must be 1 or more, was: " + ingestConcurrency);
    }
  }

  public static Scale ghcn(String databaseClass, int ingestConcurrency) {
    return new Scale("ghcn", databaseClass, ingestConcurrency);
  }

  /** From context values: {@code dbInstanceClass} and {@code ingestConcurrency} count with {@code ghcn} only. */
  static Scale of(String name, Optional<String> databaseClass, Optional<String> ingestConcurrency) {
    if (!name.equals("ghcn")) {
      return new Scale(name, "", 1);   // sample, or the constructor's error naming the key
    }
    return ghcn(databaseClass.orElse(DEFAULT_DATABASE_CLASS),
        ingestConcurrency.map(Scale::wholeNumber).orElse(DEFAULT_INGEST_CONCURRENCY));
  }

  private static int wholeNumber(String ingestConcurrency) {
    try {
      return Integer.parseInt(ingestConcurrency.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("ingestConcurrency must be a whole number, was: " + ingestConcurrency);
    }
  }

  public boolean ghcn() {
    return name.equals("ghcn");
  }

  /** The keys as context; none at sample scale, so a sample synthesis is what it was before the key existed. */
  Map<String, String> asContext() {
    Map<String, String> context = new LinkedHashMap<>();
    if (ghcn()) {
      context.put("scale", name);
      context.put("dbInstanceClass", databaseClass);
      context.put("ingestConcurrency", Integer.toString(ingestConcurrency));
    }
    return context;
  }
}
