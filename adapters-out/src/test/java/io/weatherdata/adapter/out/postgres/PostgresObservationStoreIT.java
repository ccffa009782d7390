package io.weatherdata.adapter.out.postgres;

import static io.weatherdata.adapter.out.postgres.Days.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weatherdata.application.ingestion.port.out.SaveObservationsPort;
import io.weatherdata.application.ingestion.port.out.SaveObservationsPort.FileSaveResult;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.SourceFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
    assertThat(checksums()).isEmpty();
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
    assertThat(checksums()).isEqualTo(Map.of("USC00110072.txt", "sha256:bbb"));
  }

  @Test
  void aFailureMidFileLeavesNothingOfThatFile() {
    store.saveFile(runId, new SourceFile("USC00000001.txt", "sha256:other", 1),
        List.of(day("USC00000001", "1985-01-01", 1, 1, 1)).iterator());
    Iterator<Observation> breaksAfterTwo = breaksAfter(2, served -> day("USC00110072", "1985-01-0" + served, 1, 1, 1));

    assertThatThrownBy(() -> store.saveFile(runId, FILE, breaksAfterTwo)).hasMessageContaining("source dropped");

    assertThat(rows()).containsExactly("USC00000001 1985-01-01 0.1 0.1 0.1");
    assertThat(checksums()).containsOnlyKeys("USC00000001.txt");
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
    assertThat(checksums()).isEqualTo(Map.of(FILE.name(), FILE.checksum()));
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
  void theMonthsSummedAsAFirstLoadStreamsAndAfterAReloadEqualTheSqlOverTheStoredDays() {
    Random random = new Random(1988);
    List<Observation> days = edgeDays(random, 1987, 1989);
    store.saveFile(runId, FILE, days.iterator());

    assertThat(storedMonths()).isEqualTo(summedInSql()).hasSizeGreaterThan(30);

    // A reload: changed values, days the file no longer holds (they stay stored), and a year it adds.
    List<Observation> reload = new java.util.ArrayList<>(edgeDays(random, 1988, 1990));
    reload.removeIf(o -> o.date().getYear() == 1988 && o.date().getDayOfMonth() % 7 == 0);
    FileSaveResult result = store.saveFile(runId, FILE, reload.iterator());

    assertThat(result.updated()).isPositive();
    assertThat(storedMonths()).isEqualTo(summedInSql()).anyMatch(row -> row.contains("1990-12-01"));
  }

  /**
   * Days of {@code first}..{@code last} with about a tenth of the lines missing, each measure missing at times, and
   * values on every threshold the months count: the clamps (10, 30 °C), 30 and 35 °C, frost at 0, 25.4 and 1.0 mm.
   */
  private static List<Observation> edgeDays(Random random, int first, int last) {
    int[] temperatures = {-900, -1, 0, 1, 99, 100, 101, 299, 300, 301, 349, 350, 600};
    int[] precipitation = {0, 9, 10, 253, 254, 20000};
    List<Observation> days = new java.util.ArrayList<>();
    for (LocalDate d = LocalDate.of(first, 1, 1); d.getYear() <= last; d = d.plusDays(1)) {
      if (random.nextInt(10) == 0) {
        continue;
      }
      Integer max = random.nextInt(8) == 0 ? null : random.nextBoolean()
          ? temperatures[random.nextInt(temperatures.length)] : random.nextInt(1500) - 900;
      Integer min = random.nextInt(8) == 0 ? null : random.nextBoolean()
          ? temperatures[random.nextInt(temperatures.length)] : random.nextInt(1500) - 900;
      Integer rain = random.nextInt(8) == 0 ? null : random.nextBoolean()
          ? precipitation[random.nextInt(precipitation.length)] : random.nextInt(400);
      days.add(day("USC00110072", d.toString(), max, min, rain));
    }
    return days;
  }

  /** Every column as text, NULL as "null", sums whatever their scale (SQL's sum of 10 + 10 is 20, as 20.0 is). */
  private static final String MONTH_ROW = java.util.Arrays.stream(ObservationMonths.COLUMNS.split(", "))
      .map(c -> "coalesce(" + (c.startsWith("sum_") || c.equals("clamped_sum") ? c + "::numeric(12,1)" : c)
          + "::text, 'null')")
      .collect(java.util.stream.Collectors.joining(" || ' ' || "));

  private List<String> storedMonths() {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + MONTH_ROW + " FROM observation_months ORDER BY 1")
        .mapTo(String.class).list());
  }

  private List<String> summedInSql() {
    String sql = "SELECT " + MONTH_ROW + " FROM " + ObservationMonths.SUMS + " ORDER BY 1";
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  @Test
  void anEmptyFileStoresNoRowsButRecordsItsChecksum() {
    FileSaveResult result = store.saveFile(runId, FILE, List.<Observation>of().iterator());

    assertThat(result).isEqualTo(new FileSaveResult(0, 0, 0));
    assertThat(checksums()).containsOnlyKeys(FILE.name());
  }

  @Test
  void aFileIsRememberedWithItsModificationTimeWhichAnUnchangedListingUpdates() {
    Instant settled = Instant.parse("2020-03-01T12:00:00.123456Z");
    SourceFile file = new SourceFile(FILE.name(), FILE.checksum(), 40, Optional.of(settled));
    store.saveFile(runId, file, List.of(day("USC00110072", "1985-01-01", 1, 1, 1)).iterator());
    assertThat(store.loadedFiles()).isEqualTo(Map.of(file.name(), file));

    SourceFile touched = new SourceFile(file.name(), file.checksum(), 40, Optional.of(settled.plusSeconds(60)));
    store.recordUnchanged(touched);
    assertThat(store.loadedFiles()).isEqualTo(Map.of(file.name(), touched));

    store.recordUnchanged(new SourceFile(file.name(), "sha256:other", 41, Optional.empty()));
    assertThat(store.loadedFiles()).isEqualTo(Map.of(file.name(), touched)); // another content: not this load's
  }

  @Test
  void aLoadIntoAnEmptyTableBuildsTheDateIndexOnceAtItsEndAsTheMigrationsDefineIt() {
    List<String> migrated = indexes();
    assertThat(migrated).anyMatch(index -> index.startsWith("observations_date ") && index.endsWith("(date)"));

    try (SaveObservationsPort.BulkLoad load = store.startLoad()) {
      assertThat(indexes()).noneMatch(index -> index.endsWith("(date)"));
      store.saveFile(runId, FILE, List.of(day("USC00110072", "1985-01-01", 1, 1, 1)).iterator());
    }

    assertThat(indexes()).isEqualTo(migrated);
    assertThat(rows()).containsExactly("USC00110072 1985-01-01 0.1 0.1 0.1");
  }

  @Test
  void aLoadIntoATableWithRowsKeepsItsIndexes() {
    store.saveFile(runId, FILE, List.of(day("USC00110072", "1985-01-01", 1, 1, 1)).iterator());
    List<String> before = indexOids();

    try (SaveObservationsPort.BulkLoad load = store.startLoad()) {
      store.saveFile(runId, new SourceFile("USC00110187.txt", "sha256:bbb", 10),
          List.of(day("USC00110187", "1985-01-01", 2, 2, 2)).iterator());
      assertThat(indexOids()).isEqualTo(before);
    }

    assertThat(indexOids()).isEqualTo(before);
  }

  /** A process that died between a first load's start and end left the date index out: the next load builds it. */
  @Test
  void aLoadFindingRowsWithoutTheDateIndexBuildsItFirst() {
    List<String> migrated = indexes();
    store.startLoad();
    store.saveFile(runId, FILE, List.of(day("USC00110072", "1985-01-01", 1, 1, 1)).iterator());
    assertThat(indexes()).isNotEqualTo(migrated);

    store.startLoad();

    assertThat(indexes()).isEqualTo(migrated);
  }

  /** The observations table's indexes and those of its partitions, if any: name and definition. */
  private List<String> indexes() {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT indexrelid::regclass || ' ' || regexp_replace(pg_get_indexdef(indexrelid), '^.* USING ', '')
            FROM pg_index WHERE indrelid = 'observations'::regclass
              OR indrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'observations'::regclass)
            ORDER BY 1""")
        .mapTo(String.class).list());
  }

  private List<String> indexOids() {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT indexrelid::text FROM pg_index WHERE indrelid = 'observations'::regclass ORDER BY 1""")
        .mapTo(String.class).list());
  }

  private Map<String, String> checksums() {
    return store.loadedFiles().values().stream()
        .collect(java.util.stream.Collectors.toMap(SourceFile::name, SourceFile::checksum));
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
