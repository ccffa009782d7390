package io.weatherdata.application.ingestion.service;

import io.weatherdata.application.ingestion.model.FileReport;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.port.in.IngestCommand;
import io.weatherdata.application.ingestion.port.in.IngestObservationsUseCase;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.application.ingestion.port.out.IngestionCompletedPort;
import io.weatherdata.application.ingestion.port.out.IngestionLockPort;
import io.weatherdata.application.ingestion.port.out.IngestionRunLogPort;
import io.weatherdata.application.ingestion.port.out.ObservationSourcePort;
import io.weatherdata.application.ingestion.port.out.SaveObservationsPort;
import io.weatherdata.application.ingestion.port.out.SaveObservationsPort.FileSaveResult;
import io.weatherdata.domain.observation.SourceFile;
import io.weatherdata.domain.observation.StationFileReader;
import io.weatherdata.domain.station.StationId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Objects;

/**
 * One ingestion run: list the source, skip files whose checksum was already loaded, stream every other file
 * through the parser into the store (one transaction per file; {@code parallelFiles} files at a time, reported in
 * source order), record the run, hand over to what follows it (analysis). The whole run holds the ingestion lock.
 * A file that cannot be a station file is rejected and the run goes on; a storage or read failure stops the
 * run, which is then recorded as FAILED (files already committed stay, and a rerun skips them).
 */
public final class IngestObservationsService implements IngestObservationsUseCase {
  private static final ThreadFactory INGEST_THREADS = task -> {
    Thread thread = new Thread(task, "ingest-file");
    thread.setDaemon(true);
    return thread;
  };

  private final ObservationSourcePort source;
  private final SaveObservationsPort store;
  private final IngestionRunLogPort runLog;
  private final RecordedRun run;
  private final IngestionCompletedPort completed;
  private final IngestSettings settings;
  private final Clock clock;

  public IngestObservationsService(ObservationSourcePort source, SaveObservationsPort store,
      IngestionLockPort lock, IngestionRunLogPort runLog, IngestionCompletedPort completed, IngestSettings settings,
      Clock clock) {
    this.source = Objects.requireNonNull(source);
    this.store = Objects.requireNonNull(store);
    this.runLog = Objects.requireNonNull(runLog);
    this.run = new RecordedRun(Objects.requireNonNull(lock), runLog, Objects.requireNonNull(clock));
    this.completed = Objects.requireNonNull(completed);
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public IngestionReport ingest(IngestCommand command) {
    IngestionReport report = run.execute(source.describe(), command.listener(),
        (runId, tally) -> loadAll(command, runId, tally));
    completed.ingestionCompleted(report);
    return report;
  }

  private void loadAll(IngestCommand command, long runId, RunTally tally) {
    IngestionListener listener = command.listener();
    Map<String, SourceFile> loaded = store.loadedFiles();
    List<SourceFile> files = source.listFiles(loaded).stream().filter(f -> command.includes(f.name())).toList();
    listener.runStarted(runId, source.describe(), files.size());
    boolean anyToLoad = files.stream().anyMatch(file -> !unchanged(file, loaded.get(file.name())));
    ExecutorService workers = Executors.newFixedThreadPool(settings.parallelFiles(), INGEST_THREADS);
    try (SaveObservationsPort.BulkLoad bulk = anyToLoad ? store.startLoad() : () -> { }) {
      List<Future<FileReport>> loads = new ArrayList<>();
      AtomicBoolean stopping = new AtomicBoolean();
      int done = 0;
      try {
        for (SourceFile file : files) {
          SourceFile last = loaded.get(file.name());
          loads.add(workers.submit(() -> stopping.get() ? null : ingestFile(runId, file, last, listener)));
        }
        for (Future<FileReport> load : loads) {
          FileReport report = outcome(load);
          tally.add(report);
          listener.fileFinished(report, ++done, files.size());
        }
      } catch (RuntimeException e) {
        stopping.set(true);
        countCommitted(workers, loads.subList(Math.min(done + 1, loads.size()), loads.size()), tally);
        throw e;
      }
    } finally {
      workers.shutdown();
    }
  }

  /** A file's report, or its failure rethrown as it was thrown. */
  private static FileReport outcome(Future<FileReport> load) {
    try {
      return load.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading files", e);
    }
  }

  /** After a failure (no new file starts): let the files loading finish, and count those that committed. */
  private static void countCommitted(ExecutorService workers, List<Future<FileReport>> rest, RunTally tally) {
    workers.shutdown();
    for (Future<FileReport> load : rest) {
      try {
        FileReport report = load.get();
        if (report != null) {
          tally.add(report);
        }
      } catch (ExecutionException e) {
        // that file failed too: nothing of it is stored
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static boolean unchanged(SourceFile file, SourceFile last) {
    return last != null && file.checksum().equals(last.checksum());
  }

  private FileReport ingestFile(long runId, SourceFile file, SourceFile last, IngestionListener listener) {
    if (unchanged(file, last)) {
      if (!file.equals(last)) {
        store.recordUnchanged(file);
      }
      return FileReport.skipped(file.name());
    }
    StationId station;
    try {
      station = StationId.fromFileName(file.name());
    } catch (IllegalArgumentException e) {
      return FileReport.rejected(file.name(), e.getMessage());
    }
    Instant start = clock.instant();
    RecordedRun.RejectionSample sample = new RecordedRun.RejectionSample(settings.rejectionSamplePerFile(), listener);
    try (InputStream in = source.open(file); BufferedReader reader = RecordedRun.reader(in)) {
      StationFileReader lines = new StationFileReader(station, file.name(), reader, sample);
      FileSaveResult saved = store.saveFile(runId, file, lines);
      sample.record(runLog, runId);
      return FileReport.loaded(file.name(), saved.inserted(), saved.updated(), saved.unchanged(),
          lines.rejectedLines(), lines.maxBelowMinWarnings(), Duration.between(start, clock.instant()));
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + file.name(), e);
    }
  }
}
