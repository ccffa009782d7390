package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.application.query.model.CornFilter;
import io.weatherdata.application.query.model.CornQuery;
import io.weatherdata.application.query.port.in.FindCornProductionUseCase;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.paging.PageRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

@Path("/api/corn")
@Produces({MediaType.APPLICATION_JSON, FormatParameter.CSV})
public final class CornResource {
  private final FindCornProductionUseCase corn;
  private final Cursors cursors;

  public CornResource(FindCornProductionUseCase corn, Cursors cursors) {
    this.corn = corn;
    this.cursors = cursors;
  }

  /** The year filters of the corn listing. */
  public static final class Years {
    static final String YEAR = "year";
    static final String START_YEAR = "start_year";
    static final String END_YEAR = "end_year";

    @QueryParam(YEAR)
    @Parameter(description = "one year; not with start_year/end_year", example = "1988",
        schema = @Schema(type = "integer", minimum = "" + CornProduction.MIN_YEAR, maximum = "" + CornProduction
            .MAX_YEAR))
    public String year;

    @QueryParam(START_YEAR)
    @Parameter(description = "first year, inclusive", schema = @Schema(type = "integer"))
    public String startYear;

    @QueryParam(END_YEAR)
    @Parameter(description = "last year, inclusive", schema = @Schema(type = "integer"))
    public String endYear;

    CornFilter toFilter() {
      QueryParameters.Range<Integer> years = QueryParameters.range(YEAR, year(YEAR, year),
          START_YEAR, year(START_YEAR, startYear), END_YEAR, year(END_YEAR, endYear));
      return new CornFilter(years.from(), years.to());
    }

    private static Optional<Integer> year(String name, String text) {
      return QueryParameters.integer(name, text, CornProduction.MIN_YEAR, CornProduction.MAX_YEAR);
    }
  }

  @GET
  @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of", value = "CornProduction")),
      summary = "US corn grain production per year", description = """
      US corn grain production in thousands of metric tons (kt; 1985: 225,447 kt, about 8.9 billion bushels), one
      item per year, ordered by year. The same in both unit systems.""")
  public Response find(@Context UriInfo uri, @BeanParam Years years, @BeanParam PageParams paging) {
    CornFilter filter = years.toFilter();
    String scope = "corn|" + filter;
    PageRequest<Integer> page = paging.request(cursors, scope, 1, p -> Integer.valueOf(p.get(0)));
    return Listing.respond(uri, page.size(), corn.find(new CornQuery(filter, page)),
        new Listing.Shape<>(CornJson.class, CornJson::from), c -> cursors.encode(scope, List.of("" + c.year())));
  }
}
