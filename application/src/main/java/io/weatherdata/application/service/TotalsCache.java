package io.weatherdata.application.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Totals of listings ("how many items match these filters") for the current data version: counting a broad
 * filter means reading millions of rows, while the data changes only when ingestion or analysis runs.
 */
final class TotalsCache {
  private static final int MAX_ENTRIES = 10_000;
  private final Map<Object, Long> totals = new ConcurrentHashMap<>();
  private volatile String version = "";

  long total(String dataVersion, Object filters, Supplier<Long> count) {
    if (!dataVersion.equals(version)) {
      totals.clear();
      version = dataVersion;
    }
    if (totals.size() >= MAX_ENTRIES) {
      totals.clear();
    }
    return totals.computeIfAbsent(filters, key -> count.get());
  }
}
