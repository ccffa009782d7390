package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.paging.Slice;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The two queries of every keyset-paged listing: a page in a fixed order, fetching one row more than asked to
 * know whether more follow, and the count under the same filters. A lost database becomes "unavailable".
 */
final class PagedQueries {
  /** Rows per round trip of a streamed listing: large enough to keep the network busy, small in memory. */
  private static final int STREAM_FETCH_ROWS = 5_000;

  private PagedQueries() {}

  static <T> Slice<T> slice(Jdbi jdbi, String select, String order, WhereClause page, PageRequest<?> request,
      RowMapper<T> mapper) {
    return Unavailability.translate(() -> jdbi.withHandle(h -> {
      List<T> rows = page.bind(h.createQuery(select + " " + page.where() + " ORDER BY " + order + " LIMIT :limit"))
          .bind("limit", request.size() + 1)
          .map(mapper)
          .list();
      boolean more = rows.size() > request.size();
      return new Slice<>(more ? rows.subList(0, request.size()) : rows, more);
    }));
  }

  /**
   * Every row of a listing, in its order, handed to {@code sink} as it arrives: a server-side cursor (a
   * transaction with a fetch size) keeps memory flat whatever the size.
   */
  static <T> void stream(Jdbi jdbi, String select, String order, WhereClause filter, RowMapper<T> mapper,
      Consumer<T> sink) {
    Unavailability.translate(() -> jdbi.inTransaction(h -> {
      filter.bind(h.createQuery(select + " " + filter.where() + " ORDER BY " + order))
          .setFetchSize(STREAM_FETCH_ROWS)
          .map(mapper)
          .useStream(rows -> rows.forEach(sink));
      return null;
    }));
  }

  static long count(Jdbi jdbi, String count, WhereClause filter) {
    return Unavailability.translate(() -> jdbi.withHandle(h ->
        filter.bind(h.createQuery(count + " " + filter.where())).mapTo(Long.class).one()));
  }
}
