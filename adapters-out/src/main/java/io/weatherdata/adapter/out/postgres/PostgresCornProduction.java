package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.query.model.CornFilter;
import io.weatherdata.application.query.model.CornQuery;
import io.weatherdata.application.query.port.out.LoadCornProductionPort;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.paging.Slice;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** US corn production per year, keyset-paged by year. */
public final class PostgresCornProduction implements LoadCornProductionPort {
  private static final PagedQueries.Row<CornProduction> YEAR = rs ->
      new CornProduction(rs.getInt("year"), rs.getBigDecimal("production_kt"));

  private final Jdbi jdbi;

  public PostgresCornProduction(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Slice<CornProduction> page(CornQuery query) {
    WhereClause page = filter(query.filter());
    query.page().after().ifPresent(year -> page.and("year > :afterYear", Map.of("afterYear", year)));
    return PagedQueries.slice(jdbi, "SELECT year, production_kt FROM corn_production", "year", page, query.page(),
        YEAR);
  }

  @Override
  public long count(CornFilter wanted) {
    return PagedQueries.count(jdbi, "SELECT count(*) FROM corn_production", filter(wanted));
  }

  private static WhereClause filter(CornFilter wanted) {
    WhereClause filter = new WhereClause();
    wanted.fromYear().ifPresent(from -> filter.and("year >= :fromYear", Map.of("fromYear", from)));
    wanted.toYear().ifPresent(to -> filter.and("year <= :toYear", Map.of("toYear", to)));
    return filter;
  }
}
