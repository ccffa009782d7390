package io.weatherdata.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the deployment is sized for (CDK context {@code scale}). {@code sample}: the 167-station sample on one RDS
 * PostgreSQL instance. {@code ghcn}: all of GHCN-Daily (~125,000 stations) on an Aurora PostgreSQL cluster (a writer
 * and a reader, I/O-Optimized storage). At both scales every Lambda runs one at a time: an ingestion run holds one
 * global advisory lock, so its throughput comes from the parallel COPY streams within the run, bounded by the writer's
 * cores. No RDS Proxy at either scale. docs/deployment.md, "Scale", says why; docs/scaling.md has the numbers.
 *
 * @param name           {@code sample} or {@code ghcn}
 * @param databaseClass  the cluster's instance class (context {@code dbInstanceClass}); empty at sample scale
 */
public record Scale(String name, String databaseClass) {

  public static final Scale SAMPLE = new Scale("sample", "");
  public static final String DEFAULT_DATABASE_CLASS = "r6g.large";

  public Scale {
    if (!name.equals("sample") && !name.equals("ghcn")) {
      throw new IllegalArgumentException("scale must be sample or ghcn, was: " + name);
    }
  }

  public static Scale ghcn(String databaseClass) {
    return new Scale("ghcn", databaseClass);
  }

  /** From context values: {@code dbInstanceClass} counts with {@code ghcn} only. */
  static Scale of(String name, Optional<String> databaseClass) {
    if (!name.equals("ghcn")) {
      return new Scale(name, "");   // sample, or the constructor's error naming the key
    }
    return ghcn(databaseClass.orElse(DEFAULT_DATABASE_CLASS));
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
    }
    return context;
  }
}
