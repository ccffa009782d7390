package io.weatherdata.application.ingestion.port.out;

/** Serialises ingestion runs (across processes) with each other and with analysis. */
public interface IngestionLockPort {
  /** Waits until no other run holds the lock, then holds it until the returned lock is closed. */
  Held acquire();

  interface Held extends AutoCloseable {
    @Override
    void close();
  }
}
