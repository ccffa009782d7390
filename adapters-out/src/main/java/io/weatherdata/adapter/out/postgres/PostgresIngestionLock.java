package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.ingestion.port.out.IngestionLockPort;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The ingestion lock as a PostgreSQL advisory lock: an ingestion run holds it at session level on a connection
 * of its own from start to finish, so runs are serialised across processes and a RUNNING row found while
 * holding it belongs to a process that died. Analysis takes the same key for its transaction.
 */
public final class PostgresIngestionLock implements IngestionLockPort {
  /** An arbitrary constant shared by every process of this service ("wxin" in ASCII). */
  static final long KEY = 0x7778696EL;

  private final Jdbi jdbi;

  public PostgresIngestionLock(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Held acquire() {
    Handle handle = jdbi.open();
    try {
      handle.createQuery("SELECT pg_advisory_lock(:key)::text").bind("key", KEY).mapTo(String.class).one();
    } catch (RuntimeException e) {
      handle.close();
      throw e;
    }
    return () -> release(handle);
  }

  /**
   * Releases the session lock and closes the handle: the connection goes back to a pool, where the session, and
   * a session lock, would live on. If the session is gone (connection cut), so is its lock; the pool's
   * validation then discards the connection.
   */
  private static void release(Handle handle) {
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
