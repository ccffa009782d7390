package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.ingestion.port.out.SaveObservationsPort;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.SourceFile;
import io.weatherdata.domain.station.StationId;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads one file per transaction: COPY into a temporary staging table, then one set-based upsert that
 * touches only rows whose values differ, marks the station-years it changed for analysis, and records the
 * file's checksum.
 */
public final class PostgresObservationStore implements SaveObservationsPort {
  private static final int COPY_BUFFER_BYTES = 1 << 16;

  private static final String CREATE_STAGING = """
      CREATE TEMPORARY TABLE observations_staging (LIKE observations) ON COMMIT DROP
      """;

  private static final String COPY_STAGING = """
      COPY observations_staging (station_id, date, max_temp_c, min_temp_c, precipitation_mm) FROM STDIN (FORMAT binary)
      """;

  private static final String COPY_DIRECT = """
      COPY observations (station_id, date, max_temp_c, min_temp_c, precipitation_mm) FROM STDIN (FORMAT binary)
      """;

  private static final String HAS_ROWS = """
      SELECT EXISTS (SELECT 1 FROM observations WHERE station_id = :station)
      """;

  private static final String MARK_YEARS = """
      INSERT INTO pending_yearly_stats (station_id, year)
      SELECT :station, year FROM unnest(:years) AS year
      ON CONFLICT DO NOTHING
      """;

  private static final String UPSERT = """
      WITH upserted AS (
        INSERT INTO observations AS o (station_id, date, max_temp_c, min_temp_c, precipitation_mm)
        SELECT station_id, date, max_temp_c, min_temp_c, precipitation_mm FROM observations_staging
        ON CONFLICT (station_id, date) DO UPDATE
          SET max_temp_c = excluded.max_temp_c,
              min_temp_c = excluded.min_temp_c,
              precipitation_mm = excluded.precipitation_mm
          WHERE (o.max_temp_c, o.min_temp_c, o.precipitation_mm)
                IS DISTINCT FROM (excluded.max_temp_c, excluded.min_temp_c, excluded.precipitation_mm)
        RETURNING station_id, date
      ), touched AS (
        INSERT INTO pending_yearly_stats (station_id, year)
        SELECT DISTINCT station_id, extract(year FROM date)::integer FROM upserted
        ON CONFLICT DO NOTHING
      )
      SELECT count(*) FILTER (WHERE stored.date IS NULL) AS inserted,
             count(*) FILTER (WHERE stored.date IS NOT NULL) AS updated
      FROM upserted LEFT JOIN observations stored USING (station_id, date)
      """;

  /** A reload's months, from what is stored now: the file need not hold every stored day of its years. */
  private static final String FORGET_MONTHS = """
      DELETE FROM observation_months
      WHERE station_id = :station AND extract(year FROM month_start)::integer = ANY(:years)
      """;

  private static final String RESUM_MONTHS = """
      INSERT INTO observation_months
      SELECT * FROM %s WHERE station_id = :station AND extract(year FROM month_start)::integer = ANY(:years)
      """.formatted(ObservationMonths.SUMS);

  private static final String RECORD_FILE = """
      INSERT INTO source_files (file_name, checksum, size_bytes, modified_at, run_id, loaded_at)
      VALUES (:name, :checksum, :size, :modified, :runId, now())
      ON CONFLICT (file_name) DO UPDATE
        SET checksum = excluded.checksum, size_bytes = excluded.size_bytes, modified_at = excluded.modified_at,
            run_id = excluded.run_id, loaded_at = excluded.loaded_at
      """;

  private static final String RECORD_UNCHANGED = """
      UPDATE source_files SET size_bytes = :size, modified_at = :modified
      WHERE file_name = :name AND checksum = :checksum
      """;

  /** Whether {@code observations} holds a row, and whether its date index is there. */
  private static final String LOAD_STATE = """
      SELECT EXISTS (SELECT 1 FROM observations) AS has_rows, to_regclass('observations_date') IS NOT NULL AS indexed
      """;

  /** As the migrations define it (checked by PostgresObservationStoreIT); on a partitioned table, for each part. */
  private static final String CREATE_DATE_INDEX = "CREATE INDEX IF NOT EXISTS observations_date ON observations (date)";

  private final Jdbi jdbi;

  public PostgresObservationStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Map<String, SourceFile> loadedFiles() {
    return jdbi.withHandle(h -> h.createQuery("SELECT file_name, checksum, size_bytes, modified_at FROM source_files")
        .map((rs, ctx) -> new SourceFile(rs.getString(1), rs.getString(2), rs.getLong(3),
            Optional.ofNullable(rs.getObject(4, OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
        .stream()
        .collect(Collectors.toMap(SourceFile::name, file -> file)));
  }

  @Override
  public void recordUnchanged(SourceFile file) {
    jdbi.useHandle(h -> bindFile(h.createUpdate(RECORD_UNCHANGED), file).execute());
  }

  /**
   * Into an empty table, the rows load without the date index, which is built once at the end: PostgreSQL's own
   * advice for a bulk load, and the index is most of the load's cost otherwise (its entries arrive in random order,
   * each station's days spread over the whole index). A process that died in between left the index out, and a
   * later start with rows stored builds it again; in between, queries on dates alone read the whole table.
   */
  @Override
  public BulkLoad startLoad() {
    LoadState state = jdbi.withHandle(h -> h.createQuery(LOAD_STATE)
        .map((rs, ctx) -> new LoadState(rs.getBoolean("has_rows"), rs.getBoolean("indexed")))
        .one());
    if (state.hasRows()) {
      if (!state.indexed()) {
        jdbi.useHandle(h -> h.execute(CREATE_DATE_INDEX));
      }
      return () -> { };
    }
    jdbi.useHandle(h -> h.execute("DROP INDEX IF EXISTS observations_date"));
    return () -> jdbi.useHandle(h -> h.execute(CREATE_DATE_INDEX));
  }

  private record LoadState(boolean hasRows, boolean indexed) {}

  private static Update bindFile(Update update, SourceFile file) {
    return update.bind("name", file.name())
        .bind("checksum", file.checksum())
        .bind("size", file.sizeBytes())
        .bindByType("modified", file.modified().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null),
            OffsetDateTime.class);
  }

  /**
   * All observations of one file belong to one station. A station with no stored rows yet (the first load) is
   * copied straight into {@code observations}, its months summed on the way; otherwise the rows go through staging
   * and the upsert, and the months of the file's years are summed again from the stored rows.
   */
  @Override
  public FileSaveResult saveFile(long runId, SourceFile file, Iterator<Observation> observations) {
    return jdbi.inTransaction(handle -> {
      OneStation rows = new OneStation(observations);
      FileSaveResult result = rows.station().isEmpty() ? new FileSaveResult(0, 0, 0)
          : hasRows(handle, rows.station().get()) ? upsert(handle, rows)
          : copyNew(handle, rows);
      bindFile(handle.createUpdate(RECORD_FILE), file).bind("runId", runId).execute();
      return result;
    });
  }

  private static boolean hasRows(Handle handle, StationId station) {
    return handle.createQuery(HAS_ROWS).bind("station", station.value()).mapTo(Boolean.class).one();
  }

  private static FileSaveResult copyNew(Handle handle, OneStation rows) {
    ObservationMonths.Tally months = new ObservationMonths.Tally();
    long inserted = copy(handle, COPY_DIRECT, rows, months::add);
    copyText(handle, ObservationMonths.COPY, months.copyText());
    stationYears(handle, MARK_YEARS, rows);
    return new FileSaveResult(inserted, 0, 0);
  }

  private static void stationYears(Handle handle, String sql, OneStation rows) {
    handle.createUpdate(sql)
        .bind("station", rows.station().orElseThrow().value())
        .bindArray("years", Integer.class, rows.years().boxed().toArray())
        .execute();
  }

  private static FileSaveResult upsert(Handle handle, OneStation rows) {
    handle.execute(CREATE_STAGING);
    long staged = copy(handle, COPY_STAGING, rows, row -> { });
    FileSaveResult result = handle.createQuery(UPSERT)
        .map((rs, ctx) -> new FileSaveResult(rs.getLong("inserted"), rs.getLong("updated"),
            staged - rs.getLong("inserted") - rs.getLong("updated")))
        .one();
    if (result.inserted() + result.updated() > 0) {
      stationYears(handle, FORGET_MONTHS, rows);
      stationYears(handle, RESUM_MONTHS, rows);
    }
    return result;
  }

  private static void copyText(Handle handle, String sql, String text) {
    try {
      handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Streams the rows to COPY, each also to {@code alsoTo}. */
  private static long copy(Handle handle, String sql, Iterator<Observation> observations,
      Consumer<Observation> alsoTo) {
    PGCopyOutputStream copy;
    try {
      copy = new PGCopyOutputStream(handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    } catch (SQLException e) {
      throw new IllegalStateException("starting " + sql.strip() + ": " + e.getMessage(), e);
    }
    long rows = 0;
    try (OutputStream out = new BufferedOutputStream(copy, COPY_BUFFER_BYTES)) {
      CopyRowWriter writer = new CopyRowWriter(out);
      while (observations.hasNext()) {
        Observation next = observations.next();
        writer.write(next);
        alsoTo.accept(next);
        rows++;
      }
      writer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(sql.strip() + " failed", e);
    }
    return rows;
  }

  /** Streams one station's observations, remembering the station and the years seen; a second station is an error. */
  private static final class OneStation implements Iterator<Observation> {
    private final Iterator<Observation> observations;
    private final java.util.BitSet years = new java.util.BitSet();
    private Observation peeked;
    private StationId station;

    OneStation(Iterator<Observation> observations) {
      this.observations = observations;
      if (observations.hasNext()) {
        peeked = observations.next();
        station = peeked.station();
      }
    }

    Optional<StationId> station() {
      return Optional.ofNullable(station);
    }

    java.util.stream.IntStream years() {
      return years.stream();
    }

    @Override
    public boolean hasNext() {
      return peeked != null || observations.hasNext();
    }

    @Override
    public Observation next() {
      Observation next = peeked != null ? peeked : observations.next();
      peeked = null;
      if (!next.station().equals(station)) {
        throw new IllegalArgumentException("a file holds one station: " + station + ", then " + next.station());
      }
      years.set(next.date().getYear());
      return next;
    }
  }
}
