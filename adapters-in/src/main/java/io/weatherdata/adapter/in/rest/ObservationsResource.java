package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.application.query.model.ObservationFilter;
import io.weatherdata.application.query.model.ObservationQuery;
import io.weatherdata.application.query.port.in.ExportObservationsUseCase;
import io.weatherdata.application.query.port.in.FindObservationsUseCase;
import io.weatherdata.domain.observation.ObservationKey;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
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
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

@Path("/api/weather")
@Produces({MediaType.APPLICATION_JSON, FormatParameter.CSV})
public final class ObservationsResource {
  private final FindObservationsUseCase observations;
  private final ExportObservationsUseCase export;
  private final Cursors cursors;

  public ObservationsResource(FindObservationsUseCase observations, ExportObservationsUseCase export,
      Cursors cursors) {
    this.observations = observations;
    this.export = export;
    this.cursors = cursors;
  }

  /** The filters of the observations listing. */
  public static final class Filters extends StationSelection {
    static final String DATE = "date";
    static final String START_DATE = "start_date";
    static final String END_DATE = "end_date";

    @QueryParam(DATE)
    @Parameter(description = "one day (ISO-8601); not with start_date/end_date",
        schema = @Schema(type = "string", format = "date"))
    public String date;

    @QueryParam(START_DATE)
    @Parameter(description = "first day, inclusive", schema = @Schema(type = "string", format = "date"))
    public String startDate;

    @QueryParam(END_DATE)
    @Parameter(description = "last day, inclusive", schema = @Schema(type = "string", format = "date"))
    public String endDate;

    ObservationFilter toFilter() {
      QueryParameters.Range<LocalDate> days = QueryParameters.range(DATE, QueryParameters.date(DATE, date),
          START_DATE, QueryParameters.date(START_DATE, startDate), END_DATE, QueryParameters.date(END_DATE, endDate));
      return new ObservationFilter(stations(), stateCodes(), days.from(), days.to());
    }
  }

  @GET
  @Operation(operationId = "listObservations",
        extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of",
      value = "Observation|ObservationImperial")),
      summary = "Daily observations", description = """
      Daily records ordered by station then date, filtered and keyset-paged. Temperatures in °C, precipitation in mm,
      null where the source had no value. Errors are application/problem+json naming the parameter.""")
  public Response find(@Context UriInfo uri, @BeanParam Filters filters, @BeanParam PageParams paging,
      @BeanParam Units.Param units) {
    return page(uri::getRequestUri, filters, paging, units).response();
  }

  /** The listing as {@link DirectPages} answers its plain requests, without Jersey. */
  public DirectPages.Route direct() {
    return DirectPages.route(getClass(), Filters.class, this::page);
  }

  private Listing.Answer page(Supplier<URI> requestUri, Filters filters, PageParams paging, Units.Param units) {
    ObservationFilter filter = filters.toFilter();
    var scope = new Cursors.Scope("observations", filter);
    PageRequest<ObservationKey> page = paging.request(cursors, scope, 2,
        p -> new ObservationKey(StationId.of(p.get(0)), LocalDate.parse(p.get(1))));
    var shape = Listing.Shape.of(units.value(), ObservationJson.class, ObservationJson::from,
        ObservationJson.Imperial.class, ObservationJson.Imperial::from);
    return Listing.answer(requestUri, page.size(), shape, observations.find(new ObservationQuery(filter, page)),
        o -> cursors.encode(scope, List.of(o.station().value(), o.date().toString())));
  }

  @GET
  @Path("/export")
  @Produces({FormatParameter.CSV, Export.NDJSON})
  @Operation(operationId = "exportObservations",
        summary = "Daily observations, the whole listing in one download", description = """
      Every observation the filters select, in station-then-date order, as CSV (a header line; the default) or
      NDJSON: the columns of the paged listing, streamed however many rows (the whole dataset is 1.73 million),
      gzip-compressed when asked (Accept-Encoding). For pandas: read_csv(url) or read_json(url, lines=True).""")
  public Response export(@Context HttpHeaders headers, @BeanParam Filters filters, @BeanParam Units.Param units,
      @BeanParam Export.Format format) {
    ObservationFilter filter = filters.toFilter();
    var shape = Listing.Shape.of(units.value(), ObservationJson.class, ObservationJson::from,
        ObservationJson.Imperial.class, ObservationJson.Imperial::from);
    return Export.respond(headers, "observations", filter.stations(), shape, sink -> export.export(filter, sink));
  }
}
