package io.weatherdata.application.ingestion.service;

import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.port.in.IngestionFailedException;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.application.ingestion.port.out.IngestionLockPort;
import io.weatherdata.application.ingestion.port.out.IngestionRunLogPort;
import io.weatherdata.domain.observation.Rejection;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every ingestion run does around its work: holds the ingestion lock, records the run as RUNNING, adds up
 * the file reports, and records the end: SUCCEEDED, or FAILED with the error (then rethrown as an
 * {@link IngestionFailedException} carrying the report).
 */
final class RecordedRun {
  private static final int READ_BUFFER_CHARS = 1 << 16;

  /** The run's own work: report each file to {@code tally}; throw to fail the run. */
  interface Work {
    void run(long runId, RunTally tally);
  }

  private final IngestionLockPort lock;
  private final IngestionRunLogPort runLog;
  private final Clock clock;

  RecordedRun(IngestionLockPort lock, IngestionRunLogPort runLog, Clock clock) {
    this.lock = lock;
    this.runLog = runLog;
    this.clock = clock;
  }

  IngestionReport execute(String location, IngestionListener listener, Work work) {
    try (IngestionLockPort.Held held = lock.acquire()) {
      Instant startedAt = clock.instant();
      long runId = runLog.start(location, startedAt);
      RunTally tally = new RunTally();
      try {
        work.run(runId, tally);
      } catch (RuntimeException e) {
        IngestionReport failed = tally.report(runId, location, startedAt, clock.instant(),
            IngestionReport.Status.FAILED, Optional.of(describe(e)));
        try {
          runLog.finish(failed);
        } catch (RuntimeException recordFailure) {
          e.addSuppressed(recordFailure);
        }
        listener.runFinished(failed);
        throw new IngestionFailedException(failed, e);
      }
      IngestionReport report = tally.report(runId, location, startedAt, clock.instant(),
          IngestionReport.Status.SUCCEEDED, Optional.empty());
      runLog.finish(report);
      listener.runFinished(report);
      return report;
    }
  }

  /** Reads a file as UTF-8 text, a large buffer at a time. */
  static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), READ_BUFFER_CHARS);
  }

  /** The first {@code limit} rejections of a file, heard by the listener and kept for the run record. */
  static final class RejectionSample implements Consumer<Rejection> {
    private final int limit;
    private final IngestionListener listener;
    private final List<Rejection> kept = new ArrayList<>();

    RejectionSample(int limit, IngestionListener listener) {
      this.limit = limit;
      this.listener = listener;
    }

    @Override
    public void accept(Rejection rejection) {
      if (kept.size() < limit) {
        kept.add(rejection);
        listener.lineRejected(rejection);
      }
    }

    /** Records the kept rejections of run {@code runId}, if any. */
    void record(IngestionRunLogPort runLog, long runId) {
      if (!kept.isEmpty()) {
        runLog.recordRejections(runId, kept);
      }
    }
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
