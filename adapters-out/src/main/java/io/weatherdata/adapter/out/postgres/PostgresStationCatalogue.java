package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.query.model.StationFilter;
import io.weatherdata.application.query.model.StationQuery;
import io.weatherdata.application.query.port.out.LoadStationsPort;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.station.GeoPoint;
import io.weatherdata.domain.station.Station;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationMetadata;
import io.weatherdata.domain.station.StationSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The station catalogue: the stations with data ({@code station_summaries}) with what NOAA's station list says of
 * them ({@code stations}, left-joined: a station without an entry has no name or place). Near a point, the
 * great-circle (haversine) distance is computed in SQL, rounded to metres, and orders the listing.
 */
public final class PostgresStationCatalogue implements LoadStationsPort {
  private static final String DISTANCE = """
      round((2 * %s * asin(least(1, sqrt(
        power(sin(radians(m.latitude - :nearLat) / 2), 2)
        + cos(radians(:nearLat)) * cos(radians(m.latitude)) * power(sin(radians(m.longitude - :nearLon) / 2), 2)
      ))))::numeric, 3)::float8""".formatted(GeoPoint.EARTH_RADIUS_KM);

  private static final String CATALOGUE = """
      SELECT * FROM (
        SELECT s.*, m.name, m.state, m.latitude, m.longitude, m.elevation_m, m.gsn_flag, m.hcn_crn_flag, m.wmo_id,
               %s AS distance_km
        FROM station_summaries s LEFT JOIN stations m USING (station_id)) c
      """;

  private static final PagedQueries.Row<Station> STATION = rs -> new Station(
      new StationSummary(new StationId(rs.getString("station_id")), rs.getObject("first_date", LocalDate.class),
          rs.getObject("last_date", LocalDate.class), rs.getLong("days"), rs.getLong("missing_max_temp"),
          rs.getLong("missing_min_temp"), rs.getLong("missing_precipitation")),
      metadata(rs),
      Optional.ofNullable(rs.getObject("distance_km", Double.class)));

  private final Jdbi jdbi;

  public PostgresStationCatalogue(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Slice<Station> list(StationQuery query) {
    WhereClause page = filter(query.filter());
    query.page().after().ifPresent(after -> {
      if (query.filter().near().isPresent()) {
        page.and("(c.distance_km, c.station_id) > (:afterDistance, :afterStation)", Map.of(
            "afterDistance", after.distanceKm().orElse(0.0), "afterStation", after.station().value()));
      } else {
        page.and("c.station_id > :afterStation", Map.of("afterStation", after.station().value()));
      }
    });
    return PagedQueries.slice(jdbi, select(query.filter()), order(query.filter()), page, query.page(), STATION);
  }

  @Override
  public void stream(StationFilter filter, Consumer<Station> sink) {
    PagedQueries.stream(jdbi, select(filter), order(filter), filter(filter), STATION, sink);
  }

  @Override
  public long count(StationFilter filter) {
    return PagedQueries.count(jdbi, "SELECT count(*) FROM (" + select(filter) + ") c", filter(filter));
  }

  @Override
  public Optional<Station> find(StationId station) {
    WhereClause one = new WhereClause().and("c.station_id = :station", Map.of("station", station.value()));
    return PagedQueries.slice(jdbi, select(StationFilter.all()), "c.station_id", one,
        PageRequest.first(1), STATION).items().stream().findFirst();
  }

  private static String order(StationFilter filter) {
    return filter.near().isPresent() ? "c.distance_km, c.station_id" : "c.station_id";
  }

  private static String select(StationFilter filter) {
    return CATALOGUE.formatted(filter.near().isPresent() ? DISTANCE : "NULL::float8");
  }

  private static WhereClause filter(StationFilter filter) {
    WhereClause where = new WhereClause();
    if (!filter.states().isEmpty()) {
      where.and("c.state = ANY(:states)", Map.of("states", filter.states().toArray(String[]::new)));
    }
    filter.within().ifPresent(box -> where.and(
        "c.latitude BETWEEN :south AND :north AND c.longitude BETWEEN :west AND :east", Map.of(
            "south", box.southWest().latitude(), "north", box.northEast().latitude(),
            "west", box.southWest().longitude(), "east", box.northEast().longitude())));
    filter.near().ifPresent(near -> where.and("c.distance_km <= :radius", Map.of("radius", near.radiusKm(),
        "nearLat", near.center().latitude().doubleValue(), "nearLon", near.center().longitude().doubleValue())));
    return where;
  }

  private static Optional<StationMetadata> metadata(ResultSet rs) throws SQLException {
    if (rs.getString("name") == null) {
      return Optional.empty();
    }
    return Optional.of(new StationMetadata(new StationId(rs.getString("station_id")), rs.getString("name"),
        Optional.ofNullable(rs.getString("state")), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
        Optional.ofNullable(rs.getBigDecimal("elevation_m")), Optional.ofNullable(rs.getString("gsn_flag")),
        Optional.ofNullable(rs.getString("hcn_crn_flag")), Optional.ofNullable(rs.getString("wmo_id"))));
  }
}
