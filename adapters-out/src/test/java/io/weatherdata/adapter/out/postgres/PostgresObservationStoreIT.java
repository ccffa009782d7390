package io.weatherdata.adapter.out.postgres;

import static io.weatherdata.adapter.out.postgres.Days.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weatherdata.application.ingestion.port.out.SaveObservationsPort.FileSaveResult;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.SourceFile;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresObservationStoreIT {
  private static final SourceFile FILE = new SourceFile("USC00110072.txt", "sha256:aaa", 100);
  private Jdbi jdbi;
  private PostgresObservationStore store;
  private long runId;

  @BeforeEach
  void freshDatabase() {
    jdbi = TestPostgres.freshJdbi();
    store = new PostgresObservationStore(jdbi);
    runId = new PostgresIngestionRunLog(jdbi).start("test", Instant.now());
  }

  @Test
  void copyLoadStoresEveryValueExactlyAndMissingAsNull() {
    FileSaveResult result = store.saveFile(runId, FILE, List.of(
        day("USC00110072", "1985-01-01", -22, -128, 94),
        day("USC00110072", "1985-01-02", null, -217, null),
        day("USC00110072", "1985-01-03", 600, -900, 20000)).iterator());

    assertThat(result).isEqualTo(new FileSaveResult(3, 0, 0));
    assertThat(rows()).containsExactly(
        "USC00110072 1985-01-01 -2.2 -12.8 9.4",
        "USC00110072 1985-01-02 null -21.7 null",
        "USC00110072 1985-01-03 60.0 -90.0 2000.0");
    assertThat(pending()).containsExactly("USC00110072 1985");
  }

  @Test
  void aFirstLoadAndAReloadStoreTheSameRows() {
    List<Observation> days = List.of(day("USC00110072", "1985-12-31", 1, 2, 3), day("USC00110072",
        "1986-01-01", null, 5, 0));
    store.saveFile(runId, FILE, days.iterator());
    List<String> firstLoad = rows();
    jdbi.useHandle(h -> h.execute("DELETE FROM observations WHERE date = '1986-01-01'"));

    FileSaveResult reload = store.saveFile(runId, FILE, days.iterator());

    assertThat(reload).isEqualTo(new FileSaveResult(1, 0, 1));
    assertThat(rows()).isEqualTo(firstLoad);
    assertThat(pending()).containsExactlyInAnyOrder("USC00110072 1985", "USC00110072 1986");
  }

  @Test
  void aFileMixingStationsIsRefusedWhole() {
    assertThatThrownBy(() -> store.saveFile(runId, FILE, List.of(
        day("USC00110072", "1985-01-01", 1, 1, 1), day("USC00110187", "1985-01-01", 1, 1, 1)).iterator()))
        .hasMessageContaining("one station");

    assertThat(rows()).isEmpty();
    assertThat(store.loadedChecksums()).isEmpty();
  }

  @Test
  void loadingTheSameRowsAgainChangesNothing() {
    List<Observation> days = List.of(day("USC00110072", "1985-01-01", 10, 5, 0), day("USC00110072",
        "1986-01-01", 11, 6, 1));
    store.saveFile(runId, FILE, days.iterator());
    List<String> before = rows();
    jdbi.useHandle(h -> h.execute("DELETE FROM pending_yearly_stats"));

    FileSaveResult again = store.saveFile(runId, FILE, days.iterator());

    assertThat(again).isEqualTo(new FileSaveResult(0, 0, 2));
    assertThat(rows()).isEqualTo(before);
    assertThat(pending()).isEmpty();
  }

  @Test
  void changedRowsAreUpdatedAndOnlyTheirYearsMarkedForAnalysis() {
    store.saveFile(runId, FILE, List.of(
        day("USC00110072", "1985-01-01", 10, 5, 0),
        day("USC00110072", "1986-01-01", 11, 6, 1)).iterator());
    jdbi.useHandle(h -> h.execute("DELETE FROM pending_yearly_stats"));

    FileSaveResult result = store.saveFile(runId, new SourceFile(FILE.name(), "sha256:bbb", 100), List.of(
        day("USC00110072", "1985-01-01", 10, 5, 0),
        day("USC00110072", "1986-01-01", 11, null, 1),
        day("USC00110072", "1987-06-01", 250, 120, 0)).iterator());

    assertThat(result).isEqualTo(new FileSaveResult(1, 1, 1));
    assertThat(rows()).contains("USC00110072 1986-01-01 1.1 null 0.1", "USC00110072 1987-06-01 25.0 12.0 0.0");
    assertThat(pending()).containsExactlyInAnyOrder("USC00110072 1986", "USC00110072 1987");
    assertThat(store.loadedChecksums()).isEqualTo(Map.of("USC00110072.txt", "sha256:bbb"));
  }

  @Test
  void aFailureMidFileLeavesNothingOfThatFile() {
    store.saveFile(runId, new SourceFile("USC00000001.txt", "sha256:other", 1),
        List.of(day("USC00000001", "1985-01-01", 1, 1, 1)).iterator());
    Iterator<Observation> breaksAfterTwo = breaksAfter(2, served -> day("USC00110072", "1985-01-0" + served, 1, 1, 1));

    assertThatThrownBy(() -> store.saveFile(runId, FILE, breaksAfterTwo)).hasMessageContaining("source dropped");

    assertThat(rows()).containsExactly("USC00000001 1985-01-01 0.1 0.1 0.1");
    assertThat(store.loadedChecksums()).containsOnlyKeys("USC00000001.txt");
    assertThat(pending()).containsExactly("USC00000001 1985");
  }

  /** The reload path (a changed file: staging table, then upsert) fails mid-file: the first load stays whole. */
  @Test
  void aFailureWhileReloadingAChangedFileLeavesThePreviousDataIntact() {
    store.saveFile(runId, FILE, List.of(day("USC00110072", "1985-01-01", 1, 1, 1),
        day("USC00110072", "1985-01-02", 2, 2, 2), day("USC00110072", "1985-01-03", 3, 3, 3)).iterator());
    List<String> before = rows();
    List<String> pendingBefore = pending();
    Iterator<Observation> changedThenBroken = breaksAfter(2, served -> day("USC00110072", "1985-01-0" + served, 9,
        9, 9));

    assertThatThrownBy(() -> store.saveFile(runId, new SourceFile(FILE.name(), "sha256:changed", 100),
        changedThenBroken)).hasMessageContaining("source dropped");

    assertThat(rows()).isEqualTo(before).hasSize(3);
    assertThat(store.loadedChecksums()).isEqualTo(Map.of(FILE.name(), FILE.checksum()));
    assertThat(pending()).isEqualTo(pendingBefore);
  }

  /** Serves {@code count} observations, then fails as a dropped source connection would. */
  private static Iterator<Observation> breaksAfter(int count, java.util.function.IntFunction<Observation> day) {
    return new Iterator<>() {
      private int served;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Observation next() {
        if (served == count) {
          throw new IllegalStateException("connection to the source dropped");
        }
        return day.apply(++served);
      }
    };
  }

  @Test
  void anEmptyFileStoresNoRowsButRecordsItsChecksum() {
    FileSaveResult result = store.saveFile(runId, FILE, List.<Observation>of().iterator());

    assertThat(result).isEqualTo(new FileSaveResult(0, 0, 0));
    assertThat(store.loadedChecksums()).containsOnlyKeys(FILE.name());
  }

  private List<String> rows() {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT concat_ws(' ', station_id, date, coalesce(max_temp_c::text, 'null'),"
            + " coalesce(min_temp_c::text, 'null'),"
                + " coalesce(precipitation_mm::text, 'null')) FROM observations ORDER BY station_id, date")
        .mapTo(String.class).list());
  }

  private List<String> pending() {
    return jdbi.withHandle(h -> h.createQuery("SELECT station_id || ' ' || year FROM pending_yearly_stats")
        .mapTo(String.class).list());
  }
}
