package io.weatherdata.application.port.out;

import io.weatherdata.application.port.in.IngestionReport;
import io.weatherdata.domain.observation.Rejection;
import java.time.Instant;
import java.util.List;

/** The durable record of ingestion runs. One run at a time: {@link #start} waits for any other to end. */
public interface IngestionRunLogPort {
  /**
   * Takes the ingestion lock, marks runs left RUNNING by a dead process as FAILED, and records a new RUNNING
   * run. Returns its id.
   */
  long start(String source, Instant startedAt);

  /** Stores the final state of the run and releases the lock. */
  void finish(IngestionReport report);

  /** Stores a sample of a file's rejected lines (the caller caps how many). */
  void recordRejections(long runId, List<Rejection> rejections);

  /** The most recent runs, newest first. */
  List<IngestionReport> latest(int limit);
}
