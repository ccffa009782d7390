package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.application.agronomy.port.in.CompareCornWithWeatherUseCase;
import io.weatherdata.application.query.model.CornFilter;
import io.weatherdata.application.query.model.CornQuery;
import io.weatherdata.application.query.port.in.FindCornProductionUseCase;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.paging.Page;
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
  private final CompareCornWithWeatherUseCase weather;
  private final Cursors cursors;

  public CornResource(FindCornProductionUseCase corn, CompareCornWithWeatherUseCase weather, Cursors cursors) {
    this.corn = corn;
    this.weather = weather;
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
  @Operation(operationId = "listCornProduction",
        extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of", value = "CornProduction")),
      summary = "US corn grain production per year", description = """
      US corn grain production in thousands of metric tons (kt; 1985: 225,447 kt, about 8.9 billion bushels), one
      item per year, ordered by year. The same in both unit systems.""")
  public Response find(@Context UriInfo uri, @BeanParam Years years, @BeanParam PageParams paging) {
    CornFilter filter = years.toFilter();
    var scope = new Cursors.Scope("corn", filter);
    PageRequest<Integer> page = paging.request(cursors, scope, 1, p -> Integer.valueOf(p.get(0)));
    return Listing.respond(uri, page.size(), new Listing.Shape<>(CornJson.class, CornJson::from),
        corn.find(new CornQuery(filter, page)), c -> cursors.encode(scope, List.of("" + c.year())));
  }

  @GET
  @Path("/weather")
  @Operation(operationId = "listCornWeather",
      extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of",
          value = "CornWeatherYear|CornWeatherYearImperial")),
      summary = "Corn production against its trend and the growing-season weather", description = """
      One item per year with production: production_kt, trend_kt (ordinary least squares of production on year over
      all years present), departure_pct = 100 × (production − trend) / trend, and the weather of the stations
      (optionally of some states): June–August mean max temperature (°C) over stations with at least 83 days of it,
      June–August total precipitation (mm) over stations with at least 83 days of it, April–October GDD over
      stations with at least 193 days of it, each with its station count. One page holds every year. Definitions:
      docs/agronomy.md.""")
  public Response weather(@Context UriInfo uri, @BeanParam StateSelection states, @BeanParam FormatChoice format,
      @BeanParam Units.Param units) {
    return onePage(uri, weather.years(states.stateCodes()), Listing.Shape.of(units.value(),
        AgronomyJson.CornWeather.class, AgronomyJson.CornWeather::from, AgronomyJson.CornWeather.Imperial.class,
        AgronomyJson.CornWeather.Imperial::from));
  }

  @GET
  @Path("/correlations")
  @Operation(operationId = "listCornCorrelations",
        extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of",
      value = "CornWeatherCorrelation")), summary = "How corn production followed the weather", description = """
      For each weather variable of /api/corn/weather (jja_avg_max_temp_c, jja_total_precipitation_mm, gdd_apr_oct):
      Pearson's r, Spearman's rho (ties take their average rank), n (years with both) and the two-sided p-value of r
      (Student's t, n − 2 degrees of freedom), between departure_pct and the variable across years; null under 3
      years. Computed with Apache Commons Math. Definitions: docs/agronomy.md.""")
  public Response correlations(@Context UriInfo uri, @BeanParam StateSelection states,
      @BeanParam FormatChoice format) {
    return onePage(uri, weather.correlations(states.stateCodes()),
        new Listing.Shape<>(AgronomyJson.CorrelationJson.class, AgronomyJson.CorrelationJson::from));
  }

  /** A short listing as one page (no cursor), so it has the envelope and CSV of every listing. */
  private static <T> Response onePage(UriInfo uri, List<T> rows, Listing.Shape<T> shape) {
    return Listing.respond(uri, Math.max(1, rows.size()), shape, new Page<>(rows, false, rows.size()), row -> null);
  }
}
