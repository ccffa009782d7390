package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.paging.Slice;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The two queries of every keyset-paged listing: a page in a fixed order, fetching one row more than asked to
 * know whether more follow, and the count under the same filters. A lost database becomes "unavailable".
 */
final class PagedQueries {
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

  static long count(Jdbi jdbi, String count, WhereClause filter) {
    return Unavailability.translate(() -> jdbi.withHandle(h ->
        filter.bind(h.createQuery(count + " " + filter.where())).mapTo(Long.class).one()));
  }
}
