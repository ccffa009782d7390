package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.query.model.ObservationFilter;
import io.weatherdata.application.query.model.YearlyStatsFilter;
import io.weatherdata.application.query.model.ObservationQuery;
import io.weatherdata.application.query.model.YearlyStatsQuery;
import io.weatherdata.application.query.port.out.StoredDataVersionPort;
import io.weatherdata.application.query.port.out.LoadObservationsPort;
import io.weatherdata.application.query.port.out.LoadYearlyStatsPort;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import io.weatherdata.domain.stats.YearlyStats;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The read side over PostgreSQL. Every listing is keyset-paged in primary-key order (so page 10,000 costs
 * what page 1 costs) and fetches one row more than asked to know whether more follow; totals are a separate
 * count under the same filters (the application caches them per data version).
 */
public final class PostgresWeatherQueries
    implements LoadObservationsPort, LoadYearlyStatsPort, StoredDataVersionPort {
  private static final PagedQueries.Row<Observation> OBSERVATION = rs -> new Observation(
      new StationId(rs.getString("station_id")),
      rs.getObject("date", java.time.LocalDate.class),
      tenths(rs, "max_temp_c").map(Temperature::ofTenthsCelsius),
      tenths(rs, "min_temp_c").map(Temperature::ofTenthsCelsius),
      tenths(rs, "precipitation_mm").map(Precipitation::ofTenthsMillimetre));

  private static final PagedQueries.Row<YearlyStats> YEARLY_STATS = rs -> new YearlyStats(
      new StationYear(new StationId(rs.getString("station_id")), rs.getInt("year")),
      Optional.ofNullable(rs.getBigDecimal("avg_max_temp_c")),
      Optional.ofNullable(rs.getBigDecimal("avg_min_temp_c")),
      Optional.ofNullable(rs.getBigDecimal("total_precipitation_cm")));

  private static final String OBSERVATIONS =
      "SELECT station_id, date, max_temp_c, min_temp_c, precipitation_mm FROM observations";
  private static final String YEARLY_STATS_SELECT =
      "SELECT station_id, year, avg_max_temp_c, avg_min_temp_c, total_precipitation_cm FROM yearly_stats";

  private static final String DATA_VERSION = """
      SELECT concat_ws('/', (SELECT max(id) FROM ingestion_runs), (SELECT max(finished_at) FROM ingestion_runs),
                            (SELECT max(computed_at) FROM yearly_stats))
      """;

  private final Jdbi jdbi;

  public PostgresWeatherQueries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Slice<Observation> page(ObservationQuery query) {
    WhereClause page = filter(query.filter());
    query.page().after().ifPresent(key -> page.and("(station_id, date) > (:afterStation, :afterDate)",
        Map.of("afterStation", key.station().value(), "afterDate", key.date())));
    return PagedQueries.slice(jdbi, OBSERVATIONS, "station_id, date", page, query.page(), OBSERVATION);
  }

  @Override
  public void stream(ObservationFilter filter, Consumer<Observation> sink) {
    PagedQueries.stream(jdbi, OBSERVATIONS, "station_id, date", filter(filter), OBSERVATION, sink);
  }

  @Override
  public void stream(YearlyStatsFilter filter, Consumer<YearlyStats> sink) {
    PagedQueries.stream(jdbi, YEARLY_STATS_SELECT, "station_id, year", filter(filter), YEARLY_STATS, sink);
  }

  /**
   * The rows a filter matches. A filter without dates, or with whole calendar years, is counted from
   * {@code yearly_stats.days_observed} (one row per station-year instead of ~365; the whole dataset's count at 30
   * times the sample took seconds) while no station-year waits for analysis; otherwise, and for any other dates, row
   * by row. The check and the count are one statement, so they see the same snapshot.
   */
  @Override
  public long count(ObservationFilter filter) {
    WhereClause rows = filter(filter);
    boolean wholeYears = filter.from().map(from -> from.getDayOfYear() == 1).orElse(true)
        && filter.to().map(to -> to.getMonthValue() == 12 && to.getDayOfMonth() == 31).orElse(true);
    if (!wholeYears) {
      return PagedQueries.count(jdbi, "SELECT count(*) FROM observations", rows);
    }
    WhereClause years = filter(new YearlyStatsFilter(filter.stations(), filter.states(),
        filter.from().map(LocalDate::getYear), filter.to().map(LocalDate::getYear)));
    String sql = """
        SELECT CASE WHEN EXISTS (SELECT 1 FROM pending_yearly_stats) THEN (SELECT count(*) FROM observations %s)
                    ELSE (SELECT coalesce(sum(days_observed), 0) FROM yearly_stats %s) END""".formatted(
        rows.where(), years.where());
    return Unavailability.translate(() -> jdbi.withHandle(h ->
        new WhereClause().andAll(rows).andAll(years).bind(h.createQuery(sql)).mapTo(Long.class).one()));
  }

  @Override
  public Slice<YearlyStats> page(YearlyStatsQuery query) {
    WhereClause page = filter(query.filter());
    query.page().after().ifPresent(key -> page.and("(station_id, year) > (:afterStation, :afterYear)",
        Map.of("afterStation", key.station().value(), "afterYear", key.year())));
    return PagedQueries.slice(jdbi, YEARLY_STATS_SELECT, "station_id, year", page, query.page(), YEARLY_STATS);
  }

  @Override
  public long count(YearlyStatsFilter filter) {
    return PagedQueries.count(jdbi, "SELECT count(*) FROM yearly_stats", filter(filter));
  }

  private static WhereClause filter(ObservationFilter wanted) {
    WhereClause filter = WhereClause.stations(wanted.stations(), wanted.states());
    wanted.from().ifPresent(from -> filter.and("date >= :from", Map.of("from", from)));
    wanted.to().ifPresent(to -> filter.and("date <= :to", Map.of("to", to)));
    return filter;
  }

  private static WhereClause filter(YearlyStatsFilter wanted) {
    WhereClause filter = WhereClause.stations(wanted.stations(), wanted.states());
    wanted.fromYear().ifPresent(from -> filter.and("year >= :fromYear", Map.of("fromYear", from)));
    wanted.toYear().ifPresent(to -> filter.and("year <= :toYear", Map.of("toYear", to)));
    return filter;
  }

  @Override
  public String current() {
    return Unavailability.translate(() -> jdbi.withHandle(h -> h.createQuery(DATA_VERSION).mapTo(String.class).one()));
  }

  private static Optional<Integer> tenths(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? Optional.empty() : Optional.of(value.movePointRight(1).intValueExact());
  }
}
