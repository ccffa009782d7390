package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.application.port.in.FindObservationsUseCase;
import io.weatherdata.application.port.in.ObservationQuery;
import io.weatherdata.domain.observation.ObservationKey;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Path("/api/weather")
@Produces({MediaType.APPLICATION_JSON, Formats.CSV})
public final class ObservationsResource {
  static final String STATION_ID = "station_id";
  static final String DATE = "date";
  static final String START_DATE = "start_date";
  static final String END_DATE = "end_date";

  private final FindObservationsUseCase observations;
  private final Cursors cursors;

  public ObservationsResource(FindObservationsUseCase observations, Cursors cursors) {
    this.observations = observations;
    this.cursors = cursors;
  }

  @GET
  @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of", value = "Observation")),
      summary = "Daily observations", description = """
      Daily records ordered by station then date, filtered and keyset-paged. Temperatures in °C, precipitation in mm,
      null where the source had no value. Errors are application/problem+json naming the parameter.""",
      parameters = {
          @Parameter(in = ParameterIn.QUERY, name = STATION_ID, description = "one station id, a comma list, or the parameter repeated (at most 200)", example = "USC00110072"),
          @Parameter(in = ParameterIn.QUERY, name = DATE, description = "one day (ISO-8601); not with start_date/end_date", schema = @Schema(type = "string", format = "date")),
          @Parameter(in = ParameterIn.QUERY, name = START_DATE, description = "first day, inclusive", schema = @Schema(type = "string", format = "date")),
          @Parameter(in = ParameterIn.QUERY, name = END_DATE, description = "last day, inclusive", schema = @Schema(type = "string", format = "date"))})
  public Response find(@Context UriInfo uri) {
    QueryParameters params = QueryParameters.paged(uri, Set.of(STATION_ID, DATE, START_DATE, END_DATE));
    List<StationId> stations = params.stations(STATION_ID);
    QueryParameters.Range<LocalDate> dates = params.range(DATE, START_DATE, END_DATE, params::date);
    Optional<LocalDate> from = dates.from();
    Optional<LocalDate> to = dates.to();
    String scope = "observations|" + stations + "|" + from.orElse(null) + "|" + to.orElse(null);
    Optional<ObservationKey> after = cursors.position(scope, params.cursor(), 2, p -> new ObservationKey(StationId.of(p.get(0)), LocalDate.parse(p.get(1))));
    int pageSize = params.pageSize();
    return Listing.respond(uri, pageSize,
        observations.find(new ObservationQuery(stations, from, to, new PageRequest<>(pageSize, after))),
        ObservationJson::from, ObservationJson.CSV_HEADER,
        o -> cursors.encode(scope, List.of(o.station().value(), o.date().toString())));
  }
}
