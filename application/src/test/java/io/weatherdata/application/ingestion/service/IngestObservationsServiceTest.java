package io.weatherdata.application.ingestion.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.weatherdata.application.ingestion.model.FileReport;
import io.weatherdata.application.ingestion.port.in.IngestCommand;
import io.weatherdata.application.ingestion.port.in.IngestionFailedException;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.model.IngestionReport.Status;
import io.weatherdata.application.ingestion.port.out.IngestionLockPort;
import io.weatherdata.application.ingestion.port.out.IngestionRunLogPort;
import io.weatherdata.application.ingestion.port.out.ObservationSourcePort;
import io.weatherdata.application.ingestion.port.out.IngestionCompletedPort;
import io.weatherdata.application.ingestion.port.out.SaveObservationsPort;
import io.weatherdata.application.ingestion.port.out.SaveObservationsPort.FileSaveResult;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Rejection;
import io.weatherdata.domain.observation.SourceFile;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.stubbing.Answer;
import org.mockito.stubbing.OngoingStubbing;

@ExtendWith(MockitoExtension.class)
class IngestObservationsServiceTest {
  private static final long RUN_ID = 17;
  private static final String LOCATION = "s3://weather/raw";
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  private static final int SAMPLE_PER_FILE = 2;
  private static final String GOOD_LINE = "19850101\t-22\t-128\t94";

  @Mock private ObservationSourcePort source;
  @Mock private SaveObservationsPort store;
  @Mock private IngestionLockPort lock;
  @Mock private IngestionLockPort.Held held;
  @Mock private IngestionRunLogPort runLog;
  @Mock private IngestionCompletedPort events;
  @Mock private IngestionListener listener;
  @Mock private SaveObservationsPort.BulkLoad bulkLoad;

  /** What the store received, per file name. */
  private final Map<String, List<Observation>> saved = new HashMap<>();
  private IngestObservationsService service;

  @BeforeEach
  void setUp() {
    when(source.describe()).thenReturn(LOCATION);
    when(runLog.start(LOCATION, NOW)).thenReturn(RUN_ID);
    when(lock.acquire()).thenReturn(held);
    service = new IngestObservationsService(source, store, lock, runLog, events, new IngestSettings(SAMPLE_PER_FILE),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void fileWithAlreadyLoadedChecksumIsSkippedAndNeverOpened() {
    SourceFile file = file("USC00110072.txt");
    givenFiles(file);
    when(store.loadedFiles()).thenReturn(Map.of(file.name(), file));

    IngestionReport report = service.ingest(allFiles());

    verify(source).listFiles(Map.of(file.name(), file));
    verify(source, never()).open(any());
    verify(store, never()).saveFile(anyLong(), any(), any());
    verify(store, never()).recordUnchanged(any());
    verify(store, never()).startLoad();
    assertThat(report.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(report.filesSeen()).isEqualTo(1);
    assertThat(report.filesSkipped()).isEqualTo(1);
    assertThat(report.filesLoaded()).isZero();
  }

  @Test
  void aSkippedFileListedWithAnotherModificationTimeHasItRecorded() {
    SourceFile loaded = file("USC00110072.txt");
    SourceFile listed = new SourceFile(loaded.name(), loaded.checksum(), loaded.sizeBytes(),
        Optional.of(Instant.parse("2020-01-01T00:00:00Z")));
    givenFiles(listed);
    when(store.loadedFiles()).thenReturn(Map.of(loaded.name(), loaded));

    IngestionReport report = service.ingest(allFiles());

    verify(store).recordUnchanged(listed);
    verify(source, never()).open(any());
    assertThat(report.filesSkipped()).isEqualTo(1);
  }

  @Test
  void fileWhoseChecksumChangedIsLoadedAgain() {
    SourceFile file = file("USC00110072.txt");
    givenFiles(file);
    when(store.loadedFiles()).thenReturn(Map.of(file.name(), new SourceFile(file.name(), "checksum-of-older-content",
        file.sizeBytes())));
    givenContent(file, GOOD_LINE);
    givenStoreReturns(new FileSaveResult(0, 1, 0));

    IngestionReport report = service.ingest(allFiles());

    assertThat(saved.get(file.name())).hasSize(1);
    assertThat(report.filesLoaded()).isEqualTo(1);
    assertThat(report.filesSkipped()).isZero();
    assertThat(report.rowsUpdated()).isEqualTo(1);
  }

  @Test
  void newFilesAreStreamedToTheStoreAndTheReportAddsUpTheirCounts() {
    SourceFile first = file("USC00110072.txt");
    SourceFile second = file("some/prefix/USW00094846.txt");
    SourceFile unchanged = file("USW00014839.txt");
    givenFiles(first, unchanged, second);
    when(store.loadedFiles()).thenReturn(Map.of(unchanged.name(), unchanged));
    givenContent(first,
        "19850101\t-22\t-128\t94",
        "19850102\t-50\t10\t0",        // max below min: kept, one quality warning
        "19850103\tabc\t-128\t0",      // rejected
        "19850104\t-9999\t-9999\t-9999");
    givenContent(second, "19900101\t10\t5\t0", "19900102\t11\t6\t0");
    givenStoreReturns(new FileSaveResult(2, 1, 0), new FileSaveResult(0, 0, 2));

    IngestionReport report = service.ingest(allFiles());

    assertThat(saved.get(first.name())).extracting(Observation::date)
        .containsExactly(LocalDate.of(1985, 1, 1), LocalDate.of(1985, 1, 2), LocalDate.of(1985, 1, 4));
    assertThat(saved.get(second.name())).extracting(Observation::date)
        .containsExactly(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 2));
    assertThat(report.runId()).isEqualTo(RUN_ID);
    assertThat(report.source()).isEqualTo(LOCATION);
    assertThat(report.filesSeen()).isEqualTo(3);
    assertThat(report.filesLoaded()).isEqualTo(2);
    assertThat(report.filesSkipped()).isEqualTo(1);
    assertThat(report.filesRejected()).isZero();
    assertThat(report.rowsInserted()).isEqualTo(2);
    assertThat(report.rowsUpdated()).isEqualTo(1);
    assertThat(report.rowsUnchanged()).isEqualTo(2);
    assertThat(report.rowsRejected()).isEqualTo(1);
    assertThat(report.qualityWarnings()).isEqualTo(1);
  }

  @Test
  void fileNotNamedAfterAStationIsRejectedAndTheRunGoesOn() {
    SourceFile notes = file("notes.txt");
    SourceFile station = file("USC00110072.txt");
    givenFiles(notes, station);
    givenContent(station, GOOD_LINE);
    givenStoreReturns(new FileSaveResult(1, 0, 0));

    IngestionReport report = service.ingest(allFiles());

    verify(source, never()).open(notes);
    assertThat(report.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(report.filesRejected()).isEqualTo(1);
    assertThat(report.filesLoaded()).isEqualTo(1);
    FileReport notesReport = fileReports().get(0);
    assertThat(notesReport.outcome()).isEqualTo(FileReport.Outcome.REJECTED);
    assertThat(notesReport.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("station id"));
  }

  @Test
  void rejectedLinesAreSampledPerFileButAllCounted() {
    SourceFile file = file("USC00110072.txt");
    givenFiles(file);
    givenContent(file, GOOD_LINE,
        "bad line 2",
        "bad line 3",
        "bad line 4",
        "bad line 5",
        "bad line 6");
    givenStoreReturns(new FileSaveResult(1, 0, 0));

    IngestionReport report = service.ingest(allFiles());

    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<Rejection>> sample = ArgumentCaptor.forClass(List.class);
    verify(runLog).recordRejections(eq(RUN_ID), sample.capture());
    assertThat(sample.getValue()).extracting(Rejection::lineNumber).containsExactly(2L, 3L);
    assertThat(sample.getValue()).extracting(Rejection::file).containsOnly(file.name());
    assertThat(report.rowsRejected()).isEqualTo(5);
  }

  @Test
  void fileWithoutBadLinesRecordsNoRejections() {
    SourceFile file = file("USC00110072.txt");
    givenFiles(file);
    givenContent(file, GOOD_LINE);
    givenStoreReturns(new FileSaveResult(1, 0, 0));

    service.ingest(allFiles());

    verify(runLog, never()).recordRejections(anyLong(), any());
  }

  @Test
  void storageFailureFailsTheRunAndAnnouncesNothing() {
    SourceFile committed = file("USC00110072.txt");
    SourceFile failing = file("USW00094846.txt");
    givenFiles(committed, failing);
    givenContent(committed, GOOD_LINE);
    givenContent(failing, GOOD_LINE);
    when(store.saveFile(eq(RUN_ID), any(), any()))
        .thenAnswer(drainAndReturn(new FileSaveResult(1, 0, 0)))
        .thenThrow(new IllegalStateException("disk full"));

    IngestionFailedException thrown =
        catchThrowableOfType(IngestionFailedException.class, () -> service.ingest(allFiles()));

    IngestionReport failed = finishedReport();
    assertThat(thrown).hasRootCauseInstanceOf(IllegalStateException.class);
    assertThat(thrown.report()).isEqualTo(failed);
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.error()).hasValueSatisfying(error -> assertThat(error).contains("disk full"));
    assertThat(failed.finishedAt()).contains(NOW);
    assertThat(failed.filesLoaded()).isEqualTo(1);
    assertThat(failed.rowsInserted()).isEqualTo(1);
    verify(listener).runFinished(failed);
    verify(events, never()).ingestionCompleted(any());
  }

  @Test
  void successfulRunIsRecordedThenAnnouncedOnce() {
    SourceFile file = file("USC00110072.txt");
    givenFiles(file);
    givenContent(file, GOOD_LINE);
    givenStoreReturns(new FileSaveResult(1, 0, 0));

    IngestionReport report = service.ingest(allFiles());

    assertThat(finishedReport()).isEqualTo(report);
    assertThat(report.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(report.error()).isEmpty();
    assertThat(report.startedAt()).isEqualTo(NOW);
    assertThat(report.finishedAt()).contains(NOW);
    InOrder order = inOrder(lock, runLog, held, events);
    order.verify(lock).acquire();
    order.verify(runLog).start(LOCATION, NOW);
    order.verify(runLog).finish(report);
    order.verify(held).close();
    order.verify(events).ingestionCompleted(report);
    order.verifyNoMoreInteractions();
  }

  @Test
  void theLockIsReleasedWhenTheRunFails() {
    SourceFile file = file("USC00110072.txt");
    givenFiles(file);
    givenContent(file, GOOD_LINE);
    when(store.saveFile(eq(RUN_ID), any(), any())).thenThrow(new IllegalStateException("disk full"));

    catchThrowableOfType(IngestionFailedException.class, () -> service.ingest(allFiles()));

    InOrder order = inOrder(runLog, held);
    order.verify(runLog).finish(any());
    order.verify(held).close();
  }

  @Test
  void commandNamingFilesProcessesOnlyThoseFiles() {
    SourceFile before = file("USC00110072.txt");
    SourceFile named = file("USW00094846.txt");
    SourceFile after = file("USW00014839.txt");
    givenFiles(before, named, after);
    givenContent(named, GOOD_LINE);
    givenStoreReturns(new FileSaveResult(1, 0, 0));

    IngestionReport report = service.ingest(new IngestCommand(Optional.of(Set.of(named.name())), listener));

    verify(source, never()).open(before);
    verify(source, never()).open(after);
    assertThat(saved).containsOnlyKeys(named.name());
    assertThat(report.filesSeen()).isEqualTo(1);
    verify(listener).runStarted(RUN_ID, LOCATION, 1);
  }

  @Test
  void listenerHearsTheStartEachFileAndTheEnd() {
    SourceFile first = file("USC00110072.txt");
    SourceFile second = file("USW00094846.txt");
    givenFiles(first, second);
    givenContent(first, GOOD_LINE);
    givenContent(second, GOOD_LINE);
    givenStoreReturns(new FileSaveResult(1, 0, 0), new FileSaveResult(1, 0, 0));

    IngestionReport report = service.ingest(allFiles());

    InOrder order = inOrder(listener);
    order.verify(listener).runStarted(RUN_ID, LOCATION, 2);
    order.verify(listener).fileFinished(any(), eq(1), eq(2));
    order.verify(listener).fileFinished(any(), eq(2), eq(2));
    order.verify(listener).runFinished(report);
    assertThat(fileReports()).extracting(FileReport::file).containsExactly(first.name(), second.name());
  }

  @Test
  void filesLoadInParallelButAreReportedInSourceOrder() {
    IngestObservationsService parallel = withParallelFiles(3);
    List<SourceFile> files = givenStationFiles(8);
    when(store.saveFile(eq(RUN_ID), any(), any())).thenAnswer(invocation -> {
      ((Iterator<?>) invocation.getArgument(2)).forEachRemaining(o -> { });
      return new FileSaveResult(1, 0, 0);
    });

    IngestionReport report = parallel.ingest(allFiles());

    assertThat(report.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(report.filesLoaded()).isEqualTo(8);
    assertThat(report.rowsInserted()).isEqualTo(8);
    assertThat(fileReports()).extracting(FileReport::file).containsExactlyElementsOf(files.stream().map(
        SourceFile::name).toList());
  }

  @Test
  void aFailingFileStopsAParallelRunAndEveryCommittedFileIsStillCounted() {
    IngestObservationsService parallel = withParallelFiles(2);
    givenStationFiles(6);
    java.util.concurrent.atomic.AtomicInteger committed = new java.util.concurrent.atomic.AtomicInteger();
    when(store.saveFile(eq(RUN_ID), any(), any())).thenAnswer(invocation -> {
      if (((SourceFile) invocation.getArgument(1)).name().equals("USC00000002.txt")) {
        throw new IllegalStateException("connection lost");
      }
      committed.incrementAndGet();
      return new FileSaveResult(1, 0, 0);
    });

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> parallel.ingest(allFiles()))
        .isInstanceOf(IngestionFailedException.class);

    IngestionReport failed = finishedReport();
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.filesLoaded()).isEqualTo(committed.get()).isGreaterThanOrEqualTo(1).isLessThan(6);
    assertThat(failed.rowsInserted()).isEqualTo(committed.get());
    verify(events, never()).ingestionCompleted(any());
  }

  @Test
  void theStoreIsReadiedBeforeTheFirstFileAndTheLoadClosedAfterTheLastBeforeTheRunEnds() {
    IngestObservationsService parallel = withParallelFiles(2);
    givenStationFiles(3);
    when(store.startLoad()).thenReturn(bulkLoad);
    givenStoreReturns(new FileSaveResult(1, 0, 0), new FileSaveResult(1, 0, 0), new FileSaveResult(1, 0, 0));

    parallel.ingest(allFiles());

    InOrder order = inOrder(store, bulkLoad, runLog);
    order.verify(store).startLoad();
    order.verify(store, org.mockito.Mockito.times(3)).saveFile(eq(RUN_ID), any(), any());
    order.verify(bulkLoad).close();
    order.verify(runLog).finish(any());
  }

  @Test
  void aFailedRunClosesTheLoadOnlyOnceNoFileIsLoadingAnyMore() {
    IngestObservationsService parallel = withParallelFiles(2);
    givenStationFiles(6);
    when(store.startLoad()).thenReturn(bulkLoad);
    java.util.concurrent.atomic.AtomicInteger loading = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger loadingAtClose = new java.util.concurrent.atomic.AtomicInteger(-1);
    when(store.saveFile(eq(RUN_ID), any(), any())).thenAnswer(invocation -> {
      loading.incrementAndGet();
      try {
        Thread.sleep(20);
        if (((SourceFile) invocation.getArgument(1)).name().equals("USC00000001.txt")) {
          throw new IllegalStateException("connection lost");
        }
        return new FileSaveResult(1, 0, 0);
      } finally {
        loading.decrementAndGet();
      }
    });
    org.mockito.Mockito.doAnswer(invocation -> {
      loadingAtClose.set(loading.get());
      return null;
    }).when(bulkLoad).close();

    catchThrowableOfType(IngestionFailedException.class, () -> parallel.ingest(allFiles()));

    verify(bulkLoad).close();
    assertThat(loadingAtClose).hasValue(0);
    InOrder order = inOrder(bulkLoad, runLog);
    order.verify(bulkLoad).close();
    order.verify(runLog).finish(any());
  }

  private IngestObservationsService withParallelFiles(int parallelFiles) {
    return new IngestObservationsService(source, store, lock, runLog, events,
        new IngestSettings(SAMPLE_PER_FILE, parallelFiles), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** Station files USC00000001.txt … each one good line; lenient: after a failure some may never be opened. */
  private List<SourceFile> givenStationFiles(int count) {
    List<SourceFile> files = java.util.stream.IntStream.rangeClosed(1, count)
        .mapToObj(i -> file("USC0000000" + i + ".txt")).toList();
    when(source.listFiles(any())).thenReturn(files);
    files.forEach(f -> org.mockito.Mockito.lenient().when(source.open(f))
        .thenAnswer(invocation -> new ByteArrayInputStream((GOOD_LINE + "\n").getBytes(UTF_8))));
    return files;
  }

  private static SourceFile file(String name) {
    return new SourceFile(name, "sha256-of-" + name, 1_000);
  }

  private IngestCommand allFiles() {
    return IngestCommand.allFiles(listener);
  }

  private void givenFiles(SourceFile... files) {
    when(source.listFiles(any())).thenReturn(List.of(files));
  }

  private void givenContent(SourceFile file, String... lines) {
    String content = String.join("\n", lines) + "\n";
    when(source.open(file)).thenAnswer(invocation -> new ByteArrayInputStream(content.getBytes(UTF_8)));
  }

  /** The store drains each file's observations (as the real one does), then returns the next result. */
  private void givenStoreReturns(FileSaveResult first, FileSaveResult... more) {
    OngoingStubbing<FileSaveResult> stubbing = when(store.saveFile(eq(RUN_ID), any(), any())).thenAnswer(
        drainAndReturn(first));
    for (FileSaveResult result : more) {
      stubbing = stubbing.thenAnswer(drainAndReturn(result));
    }
  }

  private Answer<FileSaveResult> drainAndReturn(FileSaveResult result) {
    return invocation -> {
      SourceFile file = invocation.getArgument(1);
      Iterator<Observation> observations = invocation.getArgument(2);
      List<Observation> received = saved.computeIfAbsent(file.name(), name -> new ArrayList<>());
      observations.forEachRemaining(received::add);
      return result;
    };
  }

  private IngestionReport finishedReport() {
    ArgumentCaptor<IngestionReport> report = ArgumentCaptor.forClass(IngestionReport.class);
    verify(runLog).finish(report.capture());
    return report.getValue();
  }

  private List<FileReport> fileReports() {
    ArgumentCaptor<FileReport> reports = ArgumentCaptor.forClass(FileReport.class);
    verify(listener, atLeastOnce()).fileFinished(reports.capture(), anyInt(), anyInt());
    return reports.getAllValues();
  }
}
