package io.weatherdata.application.ingestion.service;

import io.weatherdata.application.ingestion.model.FileReport;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.port.in.IngestReferenceFileUseCase;
import io.weatherdata.application.ingestion.port.in.ReferenceFileCommand;
import io.weatherdata.application.ingestion.port.out.IngestionLockPort;
import io.weatherdata.application.ingestion.port.out.IngestionRunLogPort;
import io.weatherdata.application.ingestion.port.out.ObservationSourcePort;
import io.weatherdata.application.ingestion.port.out.SaveObservationsPort.FileSaveResult;
import io.weatherdata.application.ingestion.port.out.SaveReferenceDataPort;
import io.weatherdata.domain.corn.CornFileReader;
import io.weatherdata.domain.observation.LineFileReader;
import io.weatherdata.domain.observation.SourceFile;
import io.weatherdata.domain.station.StationListReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One run over one reference file of the source: parse it with the domain's reader for its kind (bad lines are
 * rejections, as in station files) and upsert every good record. A file that is not in the source fails the run.
 */
public final class IngestReferenceFileService implements IngestReferenceFileUseCase {
  private final ObservationSourcePort source;
  private final SaveReferenceDataPort store;
  private final IngestionRunLogPort runLog;
  private final RecordedRun run;
  private final IngestSettings settings;
  private final Clock clock;

  public IngestReferenceFileService(ObservationSourcePort source, SaveReferenceDataPort store, IngestionLockPort lock,
      IngestionRunLogPort runLog, IngestSettings settings, Clock clock) {
    this.source = source;
    this.store = store;
    this.runLog = runLog;
    this.run = new RecordedRun(lock, runLog, clock);
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public IngestionReport ingest(ReferenceFileCommand command) {
    String location = source.describe() + " (" + command.fileName() + ")";
    return run.execute(location, command.listener(), (runId, tally) -> {
      SourceFile file = source.listFiles().stream().filter(f -> f.name().equals(command.fileName())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no file " + command.fileName() + " in " + location));
      command.listener().runStarted(runId, location, 1);
      FileReport report = load(runId, file, command);
      tally.add(report);
      command.listener().fileFinished(report, 1, 1);
    });
  }

  private FileReport load(long runId, SourceFile file, ReferenceFileCommand command) {
    Instant start = clock.instant();
    RecordedRun.RejectionSample sample =
        new RecordedRun.RejectionSample(settings.rejectionSamplePerFile(), command.listener());
    try (InputStream in = source.open(file); BufferedReader reader = RecordedRun.reader(in)) {
      LineFileReader<?> lines;
      FileSaveResult saved;
      if (command.kind() == ReferenceFileCommand.Kind.STATION_LIST) {
        StationListReader stations = new StationListReader(file.name(), reader, sample);
        lines = stations;
        saved = store.saveStations(stations);
      } else {
        CornFileReader years = new CornFileReader(file.name(), reader, sample);
        lines = years;
        saved = store.saveCornProduction(years);
      }
      sample.record(runLog, runId);
      return FileReport.loaded(file.name(), saved.inserted(), saved.updated(), saved.unchanged(),
          lines.rejectedLines(), 0, Duration.between(start, clock.instant()));
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + file.name(), e);
    }
  }
}
