package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.agronomy.model.AgronomyFilter;
import io.weatherdata.application.agronomy.model.AgronomyListing;
import io.weatherdata.application.agronomy.model.AgronomyQuery;
import io.weatherdata.application.agronomy.model.ProductionYear;
import io.weatherdata.application.agronomy.model.RegionWeather;
import io.weatherdata.application.agronomy.model.StationMonth;
import io.weatherdata.application.agronomy.model.StationYearMonth;
import io.weatherdata.application.agronomy.port.out.LoadAgronomyPort;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The agronomy listings over the tables the analysis fills, keyset-paged like every listing. */
public final class PostgresAgronomyQueries implements LoadAgronomyPort {
  private record Table(String from, String order) {}

  private static final Map<AgronomyListing, Table> TABLES = Map.of(
      AgronomyListing.MONTHLY, new Table("monthly_stats", "station_id, year, month"),
      AgronomyListing.ANOMALIES, new Table("monthly_anomalies", "station_id, year, month"),
      AgronomyListing.SEASONS, new Table("season_stats", "station_id, year"),
      AgronomyListing.NORMALS, new Table("monthly_normals", "station_id, month"));

  private static final PagedQueries.Row<MonthlyStats> MONTHLY = rs -> new MonthlyStats(station(rs), month(rs),
      decimal(rs, "avg_max_temp_c"), decimal(rs, "avg_min_temp_c"), decimal(rs, "total_precipitation_mm"),
      decimal(rs, "gdd"), rs.getInt("days_with_max_temp"), rs.getInt("days_with_min_temp"),
      rs.getInt("days_with_precipitation"), rs.getInt("days_with_gdd"));

  private static final PagedQueries.Row<MonthlyAnomaly> ANOMALY = rs -> new MonthlyAnomaly(station(rs), month(rs),
      decimal(rs, "max_temp_anomaly_c"), decimal(rs, "min_temp_anomaly_c"), decimal(rs, "precipitation_anomaly_mm"),
      decimal(rs, "precipitation_pct_of_normal"));

  private static final PagedQueries.Row<SeasonIndicators> SEASON = rs -> new SeasonIndicators(
      new StationYear(station(rs), rs.getInt("year")), decimal(rs, "gdd_apr_oct"), rs.getInt("gdd_days"),
      rs.getInt("hot_days_30"), rs.getInt("hot_days_35"), date(rs, "last_spring_frost"),
      date(rs, "first_fall_frost"), rs.getInt("heavy_rain_days"), rs.getInt("longest_dry_spell_days"),
      decimal(rs, "jja_avg_max_temp_c"), decimal(rs, "jja_total_precipitation_mm"),
      rs.getInt("jja_days_with_max_temp"), rs.getInt("jja_days_with_precipitation"));

  private static final PagedQueries.Row<MonthlyNormal> NORMAL = rs -> new MonthlyNormal(station(rs),
      rs.getInt("month"), decimal(rs, "normal_max_temp_c"), decimal(rs, "normal_min_temp_c"),
      decimal(rs, "normal_precipitation_mm"), rs.getInt("years_max_temp"), rs.getInt("years_min_temp"),
      rs.getInt("years_precipitation"));

  private static final RowMapper<ProductionYear> PRODUCTION_YEAR = (rs, ctx) -> new ProductionYear(rs.getInt("year"),
      rs.getBigDecimal("production_kt"), new RegionWeather(
          decimal(rs, "jja_avg_max_temp_c"), rs.getInt("stations_max_temp"),
          decimal(rs, "jja_total_precipitation_mm"), rs.getInt("stations_precipitation"),
          decimal(rs, "gdd_apr_oct"), rs.getInt("stations_gdd")));

  /** The region's weather per year: each variable over the stations whose season is complete enough for it. */
  private static final String PRODUCTION_YEARS = """
      SELECT c.year, c.production_kt,
             w.jja_avg_max_temp_c, coalesce(w.stations_max_temp, 0) AS stations_max_temp,
             w.jja_total_precipitation_mm, coalesce(w.stations_precipitation, 0) AS stations_precipitation,
             w.gdd_apr_oct, coalesce(w.stations_gdd, 0) AS stations_gdd
      FROM corn_production c
      LEFT JOIN (
        SELECT year,
               round(avg(jja_avg_max_temp_c) FILTER (WHERE jja_days_with_max_temp >= %1$d), 6) AS jja_avg_max_temp_c,
               count(*) FILTER (WHERE jja_days_with_max_temp >= %1$d) AS stations_max_temp,
               round(avg(jja_total_precipitation_mm) FILTER (WHERE jja_days_with_precipitation >= %1$d), 6)
                 AS jja_total_precipitation_mm,
               count(*) FILTER (WHERE jja_days_with_precipitation >= %1$d) AS stations_precipitation,
               round(avg(gdd_apr_oct) FILTER (WHERE gdd_days >= %2$d), 6) AS gdd_apr_oct,
               count(*) FILTER (WHERE gdd_days >= %2$d) AS stations_gdd
        FROM season_stats
        %3$s
        GROUP BY year) w ON w.year = c.year
      ORDER BY c.year""";

  private final Jdbi jdbi;

  public PostgresAgronomyQueries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Slice<MonthlyStats> monthly(AgronomyQuery<StationYearMonth> query) {
    return slice(AgronomyListing.MONTHLY, query, MONTHLY, after(query));
  }

  @Override
  public Slice<MonthlyAnomaly> anomalies(AgronomyQuery<StationYearMonth> query) {
    return slice(AgronomyListing.ANOMALIES, query, ANOMALY, after(query));
  }

  @Override
  public Slice<SeasonIndicators> seasons(AgronomyQuery<StationYear> query) {
    WhereClause after = new WhereClause();
    query.page().after().ifPresent(key -> after.and("(station_id, year) > (:afterStation, :afterYear)",
        Map.of("afterStation", key.station().value(), "afterYear", key.year())));
    return slice(AgronomyListing.SEASONS, query, SEASON, after);
  }

  @Override
  public Slice<MonthlyNormal> normals(AgronomyQuery<StationMonth> query) {
    WhereClause after = new WhereClause();
    query.page().after().ifPresent(key -> after.and("(station_id, month) > (:afterStation, :afterMonth)",
        Map.of("afterStation", key.station().value(), "afterMonth", key.month())));
    return slice(AgronomyListing.NORMALS, query, NORMAL, after);
  }

  @Override
  public void streamMonthly(AgronomyFilter filter, Consumer<MonthlyStats> sink) {
    stream(AgronomyListing.MONTHLY, filter, MONTHLY, sink);
  }

  @Override
  public void streamAnomalies(AgronomyFilter filter, Consumer<MonthlyAnomaly> sink) {
    stream(AgronomyListing.ANOMALIES, filter, ANOMALY, sink);
  }

  @Override
  public void streamSeasons(AgronomyFilter filter, Consumer<SeasonIndicators> sink) {
    stream(AgronomyListing.SEASONS, filter, SEASON, sink);
  }

  @Override
  public void streamNormals(AgronomyFilter filter, Consumer<MonthlyNormal> sink) {
    stream(AgronomyListing.NORMALS, filter, NORMAL, sink);
  }

  @Override
  public long count(AgronomyListing listing, AgronomyFilter filter) {
    return PagedQueries.count(jdbi, "SELECT count(*) FROM " + TABLES.get(listing).from(), filter(listing, filter));
  }

  @Override
  public List<ProductionYear> productionYears(List<String> states) {
    WhereClause filter = WhereClause.stations(List.of(), states);
    return Unavailability.translate(() -> jdbi.withHandle(h -> filter.bind(h.createQuery(PRODUCTION_YEARS.formatted(
        RegionWeather.MIN_JJA_DAYS, RegionWeather.MIN_GDD_DAYS, filter.where()))).map(PRODUCTION_YEAR).list()));
  }

  private <T> Slice<T> slice(AgronomyListing listing, AgronomyQuery<?> query, PagedQueries.Row<T> mapper,
      WhereClause after) {
    Table table = TABLES.get(listing);
    WhereClause page = filter(listing, query.filter()).andAll(after);
    return PagedQueries.slice(jdbi, "SELECT * FROM " + table.from(), table.order(), page,
        query.page(), mapper);
  }

  private <T> void stream(AgronomyListing listing, AgronomyFilter filter, PagedQueries.Row<T> mapper,
      Consumer<T> sink) {
    Table table = TABLES.get(listing);
    PagedQueries.stream(jdbi, "SELECT * FROM " + table.from(), table.order(), filter(listing, filter), mapper, sink);
  }

  private static WhereClause after(AgronomyQuery<StationYearMonth> query) {
    WhereClause after = new WhereClause();
    query.page().after().ifPresent(key -> after.and(
        "(station_id, year, month) > (:afterStation, :afterYear, :afterMonth)", Map.of(
            "afterStation", key.station().value(), "afterYear", key.month().getYear(),
            "afterMonth", key.month().getMonthValue())));
    return after;
  }

  private static WhereClause filter(AgronomyListing listing, AgronomyFilter wanted) {
    WhereClause filter = WhereClause.stations(wanted.stations(), wanted.states());
    if (listing != AgronomyListing.NORMALS) {
      wanted.fromYear().ifPresent(from -> filter.and("year >= :fromYear", Map.of("fromYear", from)));
      wanted.toYear().ifPresent(to -> filter.and("year <= :toYear", Map.of("toYear", to)));
    }
    wanted.month().ifPresent(month -> filter.and("month = :month", Map.of("month", month)));
    return filter;
  }

  private static StationId station(ResultSet rs) throws SQLException {
    return new StationId(rs.getString("station_id"));
  }

  private static YearMonth month(ResultSet rs) throws SQLException {
    return YearMonth.of(rs.getInt("year"), rs.getInt("month"));
  }

  private static Optional<BigDecimal> decimal(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getBigDecimal(column));
  }

  private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, LocalDate.class));
  }
}
