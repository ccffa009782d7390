package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.paging.Slice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The two queries of every keyset-paged listing: a page in a fixed order, fetching one row more than asked to
 * know whether more follow, and the count under the same filters. A lost database becomes "unavailable".
 */
final class PagedQueries {
  /** Rows per round trip of a streamed listing: large enough to keep the network busy, small in memory. */
  private static final int STREAM_FETCH_ROWS = 5_000;

  private PagedQueries() {}

  /** One row of a result, read by column name. */
  interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  /**
   * A page runs as plain JDBC on the driver's own connection (borrowed through JDBI, so pooled and returned as
   * usual): JDBI's per-statement binding and cleanup and the pool's reflective statement proxies were a fifth of
   * a cold page's CPU in a JFR profile (BENCHMARKS.md). The statement text stays the same for the same filters,
   * so the driver prepares it on the server after a few uses.
   */
  static <T> Slice<T> slice(Jdbi jdbi, String select, String order, WhereClause page, PageRequest<?> request,
      Row<T> mapper) {
    WhereClause limited = new WhereClause().andAll(page);
    String sql = select + " " + page.where() + " ORDER BY " + order + " LIMIT :limit";
    return Unavailability.translate(() -> jdbi.withHandle(h -> {
      List<T> rows = list(h.getConnection(), sql, limited.value("limit", request.size() + 1), mapper);
      boolean more = rows.size() > request.size();
      return new Slice<>(more ? rows.subList(0, request.size()) : rows, more);
    }));
  }

  private static <T> List<T> list(Connection pooled, String sql, WhereClause values, Row<T> mapper) {
    try (PreparedStatement statement = values.bind(pooled.unwrap(Connection.class), sql);
        ResultSet result = statement.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (result.next()) {
        rows.add(mapper.map(result));
      }
      return rows;
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /**
   * Every row of a listing, in its order, handed to {@code sink} as it arrives: a server-side cursor (a
   * transaction with a fetch size) keeps memory flat whatever the size.
   */
  static <T> void stream(Jdbi jdbi, String select, String order, WhereClause filter, Row<T> mapper,
      Consumer<T> sink) {
    Unavailability.translate(() -> jdbi.inTransaction(h -> {
      filter.bind(h.createQuery(select + " " + filter.where() + " ORDER BY " + order))
          .setFetchSize(STREAM_FETCH_ROWS)
          .map((row, context) -> mapper.map(row))
          .useStream(rows -> rows.forEach(sink));
      return null;
    }));
  }

  static long count(Jdbi jdbi, String count, WhereClause filter) {
    return Unavailability.translate(() -> jdbi.withHandle(h ->
        filter.bind(h.createQuery(count + " " + filter.where())).mapTo(Long.class).one()));
  }
}
