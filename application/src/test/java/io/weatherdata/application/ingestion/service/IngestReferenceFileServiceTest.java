package io.weatherdata.application.ingestion.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.port.in.IngestionFailedException;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.application.ingestion.port.in.ReferenceFileCommand;
import io.weatherdata.application.ingestion.port.out.IngestionLockPort;
import io.weatherdata.application.ingestion.port.out.IngestionRunLogPort;
import io.weatherdata.application.ingestion.port.out.ObservationSourcePort;
import io.weatherdata.application.ingestion.port.out.SaveObservationsPort.FileSaveResult;
import io.weatherdata.application.ingestion.port.out.SaveReferenceDataPort;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.observation.Rejection;
import io.weatherdata.domain.observation.SourceFile;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class IngestReferenceFileServiceTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final SourceFile CORN = new SourceFile("corn.txt", "sha256:c", 40);

  @Mock private ObservationSourcePort source;
  @Mock private SaveReferenceDataPort store;
  @Mock private IngestionLockPort lock;
  @Mock private IngestionLockPort.Held held;
  @Mock private IngestionRunLogPort runLog;
  @Mock private IngestionListener listener;
  private IngestReferenceFileService service;

  @BeforeEach
  void setUp() {
    when(source.describe()).thenReturn("/data");
    when(lock.acquire()).thenReturn(held);
    when(runLog.start("/data (corn.txt)", NOW)).thenReturn(9L);
    service = new IngestReferenceFileService(source, store, lock, runLog, new IngestSettings(1),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void goodLinesAreStoredAndBadOnesCountedWithASampleRecorded() {
    when(source.listFiles()).thenReturn(List.of(new SourceFile("other.txt", "x", 1), CORN));
    when(source.open(CORN)).thenReturn(stream("1985\t225447\nbad\n1986\t208943\n1986\t1\n"));
    List<CornProduction> stored = new ArrayList<>();
    when(store.saveCornProduction(any())).thenAnswer(call -> {
      Iterator<CornProduction> years = call.getArgument(0);
      years.forEachRemaining(stored::add);
      return new FileSaveResult(1, 1, 0);
    });

    IngestionReport report = service.ingest(command());

    assertThat(stored).containsExactly(new CornProduction(1985, new BigDecimal("225447")),
        new CornProduction(1986, new BigDecimal("208943")));
    assertThat(report.status()).isEqualTo(IngestionReport.Status.SUCCEEDED);
    assertThat(report.rowsInserted()).isEqualTo(1);
    assertThat(report.rowsUpdated()).isEqualTo(1);
    assertThat(report.rowsRejected()).isEqualTo(2);
    assertThat(report.filesSeen()).isEqualTo(1);
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<Rejection>> sample = ArgumentCaptor.forClass(List.class);
    verify(runLog).recordRejections(eq(9L), sample.capture());
    assertThat(sample.getValue()).extracting(Rejection::lineNumber).containsExactly(2L);
    verify(store, never()).saveStations(any());
    InOrder order = inOrder(lock, runLog, held);
    order.verify(lock).acquire();
    order.verify(runLog).start("/data (corn.txt)", NOW);
    order.verify(runLog).finish(report);
    order.verify(held).close();
  }

  @Test
  void aMissingFileFailsTheRunAndStoresNothing() {
    when(source.listFiles()).thenReturn(List.of());

    IngestionFailedException failed = catchThrowableOfType(IngestionFailedException.class,
        () -> service.ingest(command()));

    assertThat(failed.report().status()).isEqualTo(IngestionReport.Status.FAILED);
    assertThat(failed.report().error()).hasValueSatisfying(e -> assertThat(e).contains("no file corn.txt"));
    verify(store, never()).saveCornProduction(any());
    verify(runLog).finish(failed.report());
    verify(held).close();
  }

  private ReferenceFileCommand command() {
    return new ReferenceFileCommand(ReferenceFileCommand.Kind.CORN_PRODUCTION, "corn.txt", listener);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
