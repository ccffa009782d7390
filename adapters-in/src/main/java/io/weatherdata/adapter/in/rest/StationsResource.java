package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.weatherdata.application.query.model.StationFilter;
import io.weatherdata.application.query.model.StationPosition;
import io.weatherdata.application.query.model.StationQuery;
import io.weatherdata.application.query.port.in.ExportStationsUseCase;
import io.weatherdata.application.query.port.in.FindStationsUseCase;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.BoundingBox;
import io.weatherdata.domain.station.GeoPoint;
import io.weatherdata.domain.station.Proximity;
import io.weatherdata.domain.station.Station;
import io.weatherdata.domain.station.StationId;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@Path("/api/stations")
@Produces({MediaType.APPLICATION_JSON, FormatParameter.CSV})
public final class StationsResource {
  private final FindStationsUseCase stations;
  private final ExportStationsUseCase export;
  private final Cursors cursors;

  public StationsResource(FindStationsUseCase stations, ExportStationsUseCase export, Cursors cursors) {
    this.stations = stations;
    this.export = export;
    this.cursors = cursors;
  }

  /** The filters of the catalogue. */
  public static final class Filters {
    static final String STATE = "state";
    static final String BBOX = "bbox";
    static final String NEAR = "near";
    static final String RADIUS_KM = "radius_km";

    @QueryParam(STATE)
    @Parameter(description = "US states (two letters; a comma list or repeated)", example = "IL")
    public List<String> states;

    @QueryParam(BBOX)
    @Parameter(description = "min_lon,min_lat,max_lon,max_lat in decimal degrees, edges included",
        example = "-91.5,36.9,-87.5,42.5")
    public String bbox;

    @QueryParam(NEAR)
    @Parameter(description = "lat,lon in decimal degrees: stations within radius_km, ordered by great-circle "
        + "distance (distance_km)", example = "41.88,-87.63")
    public String near;

    @QueryParam(RADIUS_KM)
    @Parameter(description = "with near: the radius in km, more than 0 and at most 500 (default 50)",
        schema = @Schema(type = "number", minimum = "0", exclusiveMinimum = true, maximum = "500",
            defaultValue = "50"))
    public String radiusKm;

    StationFilter toFilter() {
      Optional<BoundingBox> within = QueryParameters.decimals(BBOX, bbox, 4, "min_lon,min_lat,max_lon,max_lat")
          .map(n -> QueryParameters.domain(BBOX, () -> new BoundingBox(new GeoPoint(n.get(1), n.get(0)),
              new GeoPoint(n.get(3), n.get(2)))));
      Optional<GeoPoint> center = QueryParameters.decimals(NEAR, near, 2, "lat,lon")
          .map(n -> QueryParameters.domain(NEAR, () -> new GeoPoint(n.get(0), n.get(1))));
      Optional<BigDecimal> radius = QueryParameters.decimals(RADIUS_KM, radiusKm, 1, "a number of km")
          .map(n -> n.get(0));
      if (radius.isPresent() && center.isEmpty()) {
        throw new InvalidParameterException(RADIUS_KM, "goes with near=lat,lon");
      }
      Optional<Proximity> proximity = center.map(c -> QueryParameters.domain(RADIUS_KM, () -> new Proximity(c,
          radius.map(BigDecimal::doubleValue).orElse(Proximity.DEFAULT_RADIUS_KM))));
      return new StationFilter(QueryParameters.states(STATE, states), within, proximity);
    }
  }

  @GET
  @Operation(operationId = "listStations",
        extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of",
      value = "Station|StationImperial")), summary = "The station catalogue", description = """
      Every station with data: name, state, coordinates and elevation from NOAA's GHCN-Daily station list (null for
      a station the list does not hold; any place filter leaves those out), and its span, days on record and missing
      values per measure from the analysed data. Ordered by station id, or by distance with near.""")
  public Response list(@Context UriInfo uri, @BeanParam Filters filters, @BeanParam PageParams paging,
      @BeanParam Units.Param units) {
    StationFilter filter = filters.toFilter();
    var scope = new Cursors.Scope("stations", filter);
    PageRequest<StationPosition> page = paging.request(cursors, scope, 2, p -> new StationPosition(
        p.get(0).isEmpty() ? Optional.empty() : Optional.of(Double.valueOf(p.get(0))), StationId.of(p.get(1))));
    return Listing.respond(uri, page.size(), shape(units), stations.list(new StationQuery(filter, page)),
        s -> cursors.encode(scope, List.of(s.distanceKm().map(String::valueOf).orElse(""), s.id().value())));
  }

  @GET
  @Path("/export")
  @Produces({FormatParameter.CSV, Export.NDJSON})
  @Operation(operationId = "exportStations", summary = "The station catalogue, the whole listing in one download",
      description = """
      Every station the filters select, by id (or by distance with near), as CSV (a header line; the default) or
      NDJSON: the columns of the paged listing, streamed however many stations.""")
  public Response export(@Context HttpHeaders headers, @BeanParam Filters filters, @BeanParam Units.Param units,
      @BeanParam Export.Format format) {
    StationFilter filter = filters.toFilter();
    return Export.respond(headers, "stations", List.of(), shape(units), sink -> export.export(filter, sink));
  }

  private static Listing.Shape<Station> shape(Units.Param units) {
    return Listing.Shape.of(units.value(), StationJson.class, StationJson::from, StationJson.Imperial.class,
        StationJson.Imperial::from);
  }

  @GET
  @Path("/{station_id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getStation",
        summary = "One station", description = """
      One station of the catalogue by its GHCN-Daily id: what NOAA's station list says of it (name, state,
      coordinates, elevation; null where it has no entry) and what the stored data says (first and last date, days
      on record, missing values per measure). 404 problem+json when no observation of it is stored.""",
      responses = {
      @ApiResponse(responseCode = "200", description = "the station",
          content = @Content(schema = @Schema(oneOf = {StationJson.class, StationJson.Imperial.class}))),
      @ApiResponse(responseCode = "400", description = "malformed station id",
          content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
      @ApiResponse(responseCode = "404", description = "no data for this station",
          content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
  public Response find(
      @Parameter(description = "station id", example = "USC00110072") @PathParam("station_id") String stationId,
      @BeanParam Units.Param units) {
    StationId id = QueryParameters.domain("station_id", () -> StationId.of(stationId));
    Station station = stations.find(id).orElseThrow(() -> new NotFoundException("no data for station " + id));
    return Response.ok(units.value() == Units.IMPERIAL ? StationJson.Imperial.from(station) : StationJson.from(station))
        .build();
  }
}
