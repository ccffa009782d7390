package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.weatherdata.application.port.in.FindYearlyStatsUseCase;
import io.weatherdata.application.port.in.YearlyStatsQuery;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Path("/api/weather/stats")
@Produces({MediaType.APPLICATION_JSON, Formats.CSV})
public final class YearlyStatsResource {
  static final String STATION_ID = "station_id";
  static final String YEAR = "year";
  static final String START_YEAR = "start_year";
  static final String END_YEAR = "end_year";
  private static final int MIN_YEAR = 1;
  private static final int MAX_YEAR = 9999;

  private final FindYearlyStatsUseCase stats;
  private final Cursors cursors;

  public YearlyStatsResource(FindYearlyStatsUseCase stats, Cursors cursors) {
    this.stats = stats;
    this.cursors = cursors;
  }

  @GET
  @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of", value = "YearlyStats")),
      summary = "Yearly statistics per station", description = """
      Per station and calendar year: average max and min temperature (°C) and total precipitation (cm), ignoring
      missing days; null where no day had the value. Ordered by station then year, keyset-paged.""",
      parameters = {
          @Parameter(in = ParameterIn.QUERY, name = STATION_ID, description = "one station id, a comma list, or the parameter repeated (at most 200)", example = "USC00110072"),
          @Parameter(in = ParameterIn.QUERY, name = YEAR, description = "one year; not with start_year/end_year", example = "1985"),
          @Parameter(in = ParameterIn.QUERY, name = START_YEAR, description = "first year, inclusive"),
          @Parameter(in = ParameterIn.QUERY, name = END_YEAR, description = "last year, inclusive")})
  public Response find(@Context UriInfo uri) {
    QueryParameters params = QueryParameters.paged(uri, Set.of(STATION_ID, YEAR, START_YEAR, END_YEAR));
    List<StationId> stations = params.stations(STATION_ID);
    QueryParameters.Range<Integer> years =
        params.range(YEAR, START_YEAR, END_YEAR, name -> params.integer(name, MIN_YEAR, MAX_YEAR));
    Optional<Integer> from = years.from();
    Optional<Integer> to = years.to();
    String scope = "stats|" + stations + "|" + from.orElse(null) + "|" + to.orElse(null);
    Optional<StationYear> after = cursors.position(scope, params.cursor(), 2, p -> new StationYear(StationId.of(p.get(0)), Integer.parseInt(p.get(1))));
    int pageSize = params.pageSize();
    return Listing.respond(uri, pageSize,
        stats.find(new YearlyStatsQuery(stations, from, to, new PageRequest<>(pageSize, after))),
        YearlyStatsJson::from, YearlyStatsJson.CSV_HEADER,
        s -> cursors.encode(scope, List.of(s.stationYear().station().value(), String.valueOf(s.stationYear().year()))));
  }
}
