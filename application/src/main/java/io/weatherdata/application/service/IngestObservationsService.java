package io.weatherdata.application.service;

import io.weatherdata.application.port.in.FileReport;
import io.weatherdata.application.port.in.IngestCommand;
import io.weatherdata.application.port.in.IngestObservationsUseCase;
import io.weatherdata.application.port.in.IngestionFailedException;
import io.weatherdata.application.port.in.IngestionListener;
import io.weatherdata.application.port.in.IngestionReport;
import io.weatherdata.application.port.out.IngestionRunLogPort;
import io.weatherdata.application.port.out.ObservationSourcePort;
import io.weatherdata.application.port.out.PublishIngestionEventsPort;
import io.weatherdata.application.port.out.SaveObservationsPort;
import io.weatherdata.application.port.out.SaveObservationsPort.FileSaveResult;
import io.weatherdata.domain.observation.SourceFile;
import io.weatherdata.domain.observation.StationFileReader;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;
import java.util.Optional;

/**
 * One ingestion run: list the source, skip files whose checksum was already loaded, stream every other file
 * through the parser into the store (one transaction per file), record the run, announce its completion.
 * A file that cannot be a station file is rejected and the run goes on; a storage or read failure stops the
 * run, which is then recorded as FAILED (files already committed stay, and a rerun skips them).
 */
public final class IngestObservationsService implements IngestObservationsUseCase {
  private static final int READ_BUFFER_CHARS = 1 << 16;
  private static final Comparator<StationYear> BY_STATION_AND_YEAR =
      Comparator.comparing(StationYear::station).thenComparingInt(StationYear::year);

  private final ObservationSourcePort source;
  private final SaveObservationsPort store;
  private final IngestionRunLogPort runLog;
  private final PublishIngestionEventsPort events;
  private final IngestSettings settings;
  private final Clock clock;

  public IngestObservationsService(ObservationSourcePort source, SaveObservationsPort store,
      IngestionRunLogPort runLog, PublishIngestionEventsPort events, IngestSettings settings, Clock clock) {
    this.source = Objects.requireNonNull(source);
    this.store = Objects.requireNonNull(store);
    this.runLog = Objects.requireNonNull(runLog);
    this.events = Objects.requireNonNull(events);
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public IngestionReport ingest(IngestCommand command) {
    IngestionListener listener = command.listener();
    String location = source.describe();
    Instant startedAt = clock.instant();
    long runId = runLog.start(location, startedAt);
    RunTally tally = new RunTally();
    Set<StationYear> touched = new TreeSet<>(BY_STATION_AND_YEAR);
    try {
      List<SourceFile> files = source.listFiles().stream().filter(f -> command.includes(f.name())).toList();
      listener.runStarted(runId, location, files.size());
      Map<String, String> loaded = store.loadedChecksums();
      int done = 0;
      for (SourceFile file : files) {
        FileReport report = ingestFile(runId, file, loaded.get(file.name()), listener, touched);
        tally.add(report);
        listener.fileFinished(report, ++done, files.size());
      }
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
    events.ingestionCompleted(report, touched);
    return report;
  }

  private FileReport ingestFile(long runId, SourceFile file, String loadedChecksum, IngestionListener listener,
      Set<StationYear> touched) {
    if (file.checksum().equals(loadedChecksum)) {
      return FileReport.skipped(file.name());
    }
    StationId station;
    try {
      station = StationId.fromFileName(file.name());
    } catch (IllegalArgumentException e) {
      return FileReport.rejected(file.name(), e.getMessage());
    }
    Instant start = clock.instant();
    RejectionSample sample = new RejectionSample(settings.rejectionSamplePerFile(), listener);
    try (InputStream in = source.open(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), READ_BUFFER_CHARS)) {
      StationFileReader lines = new StationFileReader(station, file.name(), reader, sample);
      FileSaveResult saved = store.saveFile(runId, file, lines);
      touched.addAll(saved.touched());
      if (!sample.kept().isEmpty()) {
        runLog.recordRejections(runId, sample.kept());
      }
      return new FileReport(file.name(), FileReport.Outcome.LOADED, saved.inserted(), saved.updated(),
          saved.unchanged(), lines.rejectedLines(), lines.maxBelowMinWarnings(),
          Duration.between(start, clock.instant()), Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + file.name(), e);
    }
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
