package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.application.agronomy.model.AgronomyFilter;
import io.weatherdata.application.query.model.YearlyStatsFilter;
import io.weatherdata.application.query.model.YearlyStatsQuery;
import io.weatherdata.application.query.port.in.ExportYearlyStatsUseCase;
import io.weatherdata.application.query.port.in.FindYearlyStatsUseCase;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

@Path("/api/weather/stats")
@Produces({MediaType.APPLICATION_JSON, FormatParameter.CSV})
public final class YearlyStatsResource {
  private final FindYearlyStatsUseCase stats;
  private final ExportYearlyStatsUseCase export;
  private final Cursors cursors;

  public YearlyStatsResource(FindYearlyStatsUseCase stats, ExportYearlyStatsUseCase export, Cursors cursors) {
    this.stats = stats;
    this.export = export;
    this.cursors = cursors;
  }

  /** The filters of the yearly statistics listing. */
  public static final class Filters extends StationSelection {
    static final String YEAR = "year";
    static final String START_YEAR = "start_year";
    static final String END_YEAR = "end_year";
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    @QueryParam(YEAR)
    @Parameter(description = "one year; not with start_year/end_year", example = "1985",
        schema = @Schema(type = "integer", minimum = "1", maximum = "9999"))
    public String year;

    @QueryParam(START_YEAR)
    @Parameter(description = "first year, inclusive", schema = @Schema(type = "integer", minimum = "1",
        maximum = "9999"))
    public String startYear;

    @QueryParam(END_YEAR)
    @Parameter(description = "last year, inclusive", schema = @Schema(type = "integer", minimum = "1",
        maximum = "9999"))
    public String endYear;

    YearlyStatsFilter toFilter() {
      QueryParameters.Range<Integer> years = years();
      return new YearlyStatsFilter(stations(), stateCodes(), years.from(), years.to());
    }

    /** The same selection for an agronomy listing, in one calendar month or all. */
    AgronomyFilter toAgronomyFilter(Optional<Integer> month) {
      QueryParameters.Range<Integer> years = years();
      return new AgronomyFilter(stations(), stateCodes(), years.from(), years.to(), month);
    }

    private QueryParameters.Range<Integer> years() {
      return QueryParameters.range(YEAR, year(YEAR, year), START_YEAR, year(START_YEAR, startYear), END_YEAR,
          year(END_YEAR, endYear));
    }

    private static Optional<Integer> year(String name, String text) {
      return QueryParameters.integer(name, text, MIN_YEAR, MAX_YEAR);
    }
  }

  @GET
  @Operation(operationId = "listYearlyStats",
        extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of",
      value = "YearlyStats|YearlyStatsImperial")),
      summary = "Yearly statistics per station", description = """
      Per station and calendar year: average max and min temperature (°C) and total precipitation (cm), ignoring
      missing days; null where no day had the value. Ordered by station then year, keyset-paged.""")
  public Response find(@Context UriInfo uri, @BeanParam Filters filters, @BeanParam PageParams paging,
      @BeanParam Units.Param units) {
    return page(uri::getRequestUri, filters, paging, units).response();
  }

  /** The listing as {@link DirectPages} answers its plain requests, without Jersey. */
  public DirectPages.Route direct() {
    return DirectPages.route(getClass(), Filters.class, this::page);
  }

  private Listing.Answer page(Supplier<URI> requestUri, Filters filters, PageParams paging, Units.Param units) {
    YearlyStatsFilter filter = filters.toFilter();
    var scope = new Cursors.Scope("stats", filter);
    PageRequest<StationYear> page = paging.request(cursors, scope, 2,
        p -> new StationYear(StationId.of(p.get(0)), Integer.parseInt(p.get(1))));
    var shape = Listing.Shape.of(units.value(), YearlyStatsJson.class, YearlyStatsJson::from,
        YearlyStatsJson.Imperial.class, YearlyStatsJson.Imperial::from);
    return Listing.answer(requestUri, page.size(), shape, stats.find(new YearlyStatsQuery(filter, page)),
        s -> cursors.encode(scope, List.of(s.stationYear().station().value(), String.valueOf(s.stationYear().year()))));
  }

  @GET
  @Path("/export")
  @Produces({FormatParameter.CSV, Export.NDJSON})
  @Operation(operationId = "exportYearlyStats",
        summary = "Yearly statistics, the whole listing in one download", description = """
      Every station-year the filters select, in station-then-year order, as CSV (a header line; the default) or
      NDJSON, the columns of the paged listing, streamed.""")
  public Response export(@Context HttpHeaders headers, @BeanParam Filters filters, @BeanParam Units.Param units,
      @BeanParam Export.Format format) {
    YearlyStatsFilter filter = filters.toFilter();
    var shape = Listing.Shape.of(units.value(), YearlyStatsJson.class, YearlyStatsJson::from,
        YearlyStatsJson.Imperial.class, YearlyStatsJson.Imperial::from);
    return Export.respond(headers, "yearly-stats", filter.stations(), shape, sink -> export.export(filter, sink));
  }
}
