package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.ingestion.port.out.SaveObservationsPort.FileSaveResult;
import io.weatherdata.application.ingestion.port.out.SaveReferenceDataPort;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.station.StationMetadata;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Reference data (the station list, corn production) in one transaction per file: COPY into a temporary staging
 * table, then one upsert that writes only the rows whose values differ (125,000 stations: the whole command 3.7 s in
 * bench/run).
 */
public final class PostgresReferenceDataStore implements SaveReferenceDataPort {
  private static final List<String> STATION_COLUMNS = List.of("station_id", "name", "state", "latitude", "longitude",
      "elevation_m", "gsn_flag", "hcn_crn_flag", "wmo_id");
  private static final List<String> CORN_COLUMNS = List.of("year", "production_kt");

  private final Jdbi jdbi;

  public PostgresReferenceDataStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public FileSaveResult saveStations(Iterator<StationMetadata> stations) {
    return upsert("stations", STATION_COLUMNS, stations, s -> Arrays.asList(s.id().value(), s.name(),
        s.state().orElse(null), s.latitude(), s.longitude(), s.elevationM().orElse(null), s.gsnFlag().orElse(null),
        s.hcnCrnFlag().orElse(null), s.wmoId().orElse(null)));
  }

  @Override
  public FileSaveResult saveCornProduction(Iterator<CornProduction> years) {
    return upsert("corn_production", CORN_COLUMNS, years, c -> List.of(c.year(), c.productionKt()));
  }

  /** The first column is the key. */
  private <T> FileSaveResult upsert(String table, List<String> columns, Iterator<T> rows,
      Function<T, List<?>> values) {
    String key = columns.get(0);
    List<String> rest = columns.subList(1, columns.size());
    String names = String.join(", ", columns);
    String upsert = """
        WITH upserted AS (
          INSERT INTO %1$s AS t (%2$s) SELECT %2$s FROM %1$s_staging
          ON CONFLICT (%3$s) DO UPDATE SET %4$s, loaded_at = now()
          WHERE (%5$s) IS DISTINCT FROM (%6$s)
          RETURNING (xmax = 0) AS inserted)
        SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
        FROM upserted
        """.formatted(table, names, key,
        rest.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", ")),
        rest.stream().map(c -> "t." + c).collect(Collectors.joining(", ")),
        rest.stream().map(c -> "excluded." + c).collect(Collectors.joining(", ")));
    return jdbi.inTransaction(h -> {
      h.execute("CREATE TEMPORARY TABLE " + table + "_staging (LIKE " + table + " INCLUDING DEFAULTS) ON COMMIT DROP");
      long staged = copy(h, "COPY " + table + "_staging (" + names + ") FROM STDIN", rows, values);
      return h.createQuery(upsert).map((rs, ctx) -> new FileSaveResult(rs.getLong("inserted"), rs.getLong("updated"),
          staged - rs.getLong("inserted") - rs.getLong("updated"))).one();
    });
  }

  private static <T> long copy(Handle handle, String sql, Iterator<T> rows, Function<T, List<?>> values) {
    long count = 0;
    try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(
        handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql)), StandardCharsets.UTF_8))) {
      while (rows.hasNext()) {
        List<?> row = values.apply(rows.next());
        for (int i = 0; i < row.size(); i++) {
          out.write(i == 0 ? "" : "\t");
          out.write(text(row.get(i)));
        }
        out.write('\n');
        count++;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(sql + " failed", e);
    }
    return count;
  }

  /** A value in COPY's text format: {@code \N} for NULL; backslash, tab and line breaks escaped. */
  private static String text(Object value) {
    if (value == null) {
      return "\\N";
    }
    String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
