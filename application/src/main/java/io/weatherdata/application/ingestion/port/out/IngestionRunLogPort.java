package io.weatherdata.application.ingestion.port.out;

import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.domain.observation.Rejection;
import java.time.Instant;
import java.util.List;

/** The durable record of ingestion runs. Called while holding the {@link IngestionLockPort ingestion lock}. */
public interface IngestionRunLogPort {
  /**
   * Marks runs left RUNNING (by a process that died: the caller holds the lock, so no live run exists) as
   * FAILED, and records a new RUNNING run. Returns its id.
   */
  long start(String source, Instant startedAt);

  /** Stores the final state of the run. */
  void finish(IngestionReport report);

  /** Stores a sample of a file's rejected lines (the caller caps how many). */
  void recordRejections(long runId, List<Rejection> rejections);
}
