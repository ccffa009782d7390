package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.port.out.SaveObservationsPort;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.SourceFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
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
      COPY observations_staging (station_id, date, max_temp_c, min_temp_c, precipitation_mm) FROM STDIN
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
        RETURNING (xmax = 0) AS inserted, station_id, date
      ), touched AS (
        INSERT INTO pending_yearly_stats (station_id, year)
        SELECT DISTINCT station_id, extract(year FROM date)::integer FROM upserted
        ON CONFLICT DO NOTHING
      )
      SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
      FROM upserted
      """;

  private static final String RECORD_FILE = """
      INSERT INTO source_files (file_name, checksum, size_bytes, run_id, loaded_at)
      VALUES (:name, :checksum, :size, :runId, now())
      ON CONFLICT (file_name) DO UPDATE
        SET checksum = excluded.checksum, size_bytes = excluded.size_bytes,
            run_id = excluded.run_id, loaded_at = excluded.loaded_at
      """;

  private final Jdbi jdbi;

  public PostgresObservationStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Map<String, String> loadedChecksums() {
    return jdbi.withHandle(h -> h.createQuery("SELECT file_name, checksum FROM source_files")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  @Override
  public FileSaveResult saveFile(long runId, SourceFile file, Iterator<Observation> observations) {
    return jdbi.inTransaction(handle -> {
      handle.execute(CREATE_STAGING);
      long staged = copy(handle, observations);
      FileSaveResult result = handle.createQuery(UPSERT)
          .map((rs, ctx) -> new FileSaveResult(rs.getLong("inserted"), rs.getLong("updated"),
              staged - rs.getLong("inserted") - rs.getLong("updated")))
          .one();
      handle.createUpdate(RECORD_FILE)
          .bind("name", file.name())
          .bind("checksum", file.checksum())
          .bind("size", file.sizeBytes())
          .bind("runId", runId)
          .execute();
      return result;
    });
  }

  private static long copy(Handle handle, Iterator<Observation> observations) {
    PGCopyOutputStream copy;
    try {
      copy = new PGCopyOutputStream(handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_STAGING));
    } catch (SQLException e) {
      throw new IllegalStateException("starting COPY into observations_staging: " + e.getMessage(), e);
    }
    long rows = 0;
    try (OutputStream out = new BufferedOutputStream(copy, COPY_BUFFER_BYTES)) {
      CopyRowWriter writer = new CopyRowWriter(out);
      while (observations.hasNext()) {
        writer.write(observations.next());
        rows++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("COPY into observations_staging failed", e);
    }
    return rows;
  }
}
