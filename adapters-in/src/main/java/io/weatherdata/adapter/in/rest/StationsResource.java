package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.weatherdata.application.query.port.in.FindStationsUseCase;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("/api/stations")
@Produces({MediaType.APPLICATION_JSON, FormatParameter.CSV})
public final class StationsResource {
  private static final String SCOPE = "stations";
  private final FindStationsUseCase stations;
  private final Cursors cursors;

  public StationsResource(FindStationsUseCase stations, Cursors cursors) {
    this.stations = stations;
    this.cursors = cursors;
  }

  @GET
  @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of", value = "Station")),
      summary = "The station catalogue", description = """
      Every station with data: span, days on record and missing values per measure, from the analysed data;
      ordered by station id.""")
  public Response list(@Context UriInfo uri, @BeanParam PageParams paging) {
    PageRequest<StationId> page = paging.request(cursors, SCOPE, 1, p -> StationId.of(p.get(0)));
    return Listing.respond(uri, page.size(), stations.list(page), StationJson::from,
        StationJson.CSV_HEADER, s -> cursors.encode(SCOPE, List.of(s.station().value())));
  }

  @GET
  @Path("/{station_id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One station", responses = {
      @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StationJson.class))),
      @ApiResponse(responseCode = "400", description = "malformed station id",
          content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
      @ApiResponse(responseCode = "404", description = "no data for this station",
          content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
  public StationJson find(
      @Parameter(description = "station id", example = "USC00110072") @PathParam("station_id") String stationId) {
    StationId station = QueryParameters.domain("station_id", () -> StationId.of(stationId));
    return stations.find(station).map(StationJson::from)
        .orElseThrow(() -> new NotFoundException("no data for station " + station));
  }
}
