package io.weatherdata.adapter.out.postgres;

import org.jdbi.v3.core.Handle;

/** The advisory lock that serialises ingestion runs with each other and with analysis. */
final class IngestionLock {
  /** An arbitrary constant shared by every process of this service ("wxin" in ASCII). */
  static final long KEY = 0x7778696EL;

  private IngestionLock() {}

  /** Held until the session ends: taken by an ingestion run for its whole duration. */
  static void acquireForSession(Handle handle) {
    handle.createQuery("SELECT pg_advisory_lock(:key)::text").bind("key", KEY).mapTo(String.class).one();
  }

  /**
   * Releases the session lock and closes the handle. If the session is gone (connection cut), so is its lock;
   * the connection is then discarded by the pool's validation.
   */
  static void release(Handle handle) {
    try (handle) {
      handle.createQuery("SELECT pg_advisory_unlock(:key)::text").bind("key", KEY).mapTo(String.class).one();
    } catch (RuntimeException sessionGone) {
      // nothing left to release
    }
  }

  /** Held until the transaction ends: analysis waits for a running ingestion to finish. */
  static void acquireForTransaction(Handle handle) {
    handle.createQuery("SELECT pg_advisory_xact_lock(:key)::text").bind("key", KEY).mapTo(String.class).one();
  }
}
