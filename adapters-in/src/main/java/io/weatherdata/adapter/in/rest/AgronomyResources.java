package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.weatherdata.application.agronomy.model.AgronomyFilter;
import io.weatherdata.application.agronomy.model.AgronomyQuery;
import io.weatherdata.application.agronomy.model.StationMonth;
import io.weatherdata.application.agronomy.model.StationYearMonth;
import io.weatherdata.application.agronomy.port.in.ExportAgronomyStatsUseCase;
import io.weatherdata.application.agronomy.port.in.FindAgronomyStatsUseCase;
import io.weatherdata.domain.agronomy.MonthlyAnomaly;
import io.weatherdata.domain.agronomy.MonthlyNormal;
import io.weatherdata.domain.agronomy.MonthlyStats;
import io.weatherdata.domain.agronomy.SeasonIndicators;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The agronomy listings: monthly statistics, normals, anomalies and season indicators, keyset-paged like the
 * yearly statistics, in metric or imperial units. One root resource per path, so each is matched on its own.
 */
public final class AgronomyResources {
  private static final String DEFINITIONS = " Definitions: docs/agronomy.md.";

  private AgronomyResources() {}

  private static final String EXPORT = """
      The whole listing the filters select, in its order, as CSV (a header line; the default) or NDJSON: the columns
      of the paged listing, streamed however many rows, gzip-compressed when asked (Accept-Encoding).""";

  /** All four, over their two use cases. */
  public static List<Object> all(FindAgronomyStatsUseCase stats, ExportAgronomyStatsUseCase export, Cursors cursors) {
    return List.of(new Monthly(stats, export, cursors), new Normals(stats, export, cursors),
        new Anomalies(stats, export, cursors), new Seasons(stats, export, cursors));
  }

  @Path("/api/weather/monthly")
  @Produces({MediaType.APPLICATION_JSON, FormatParameter.CSV})
  public record Monthly(FindAgronomyStatsUseCase stats, ExportAgronomyStatsUseCase export, Cursors cursors) {
    @GET
    @Operation(operationId = "listMonthlyStats",
        extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of",
            value = "MonthlyStats|MonthlyStatsImperial")),
        summary = "Monthly statistics and growing degree days per station", description = """
        Per station and calendar month: mean max and min temperature (°C), total precipitation (mm) and growing
        degree days (corn, 86/50 °F method in °C: (min(max(Tmax,10),30) + min(max(Tmin,10),30)) / 2 − 10 per day
        with both temperatures) over the days that have each; null where none has it, with the day counts. A day is
        missing when its value is -9999 or the station has no line for it. Ordered by station, year, month;
        keyset-paged.""" + DEFINITIONS)
    public Response find(@Context UriInfo uri, @BeanParam YearlyStatsResource.Filters filters,
        @BeanParam MonthParam month, @BeanParam PageParams paging, @BeanParam Units.Param units) {
      return monthListing(uri, filters.toAgronomyFilter(month.value()), paging, cursors, "monthly", stats::monthly,
          shape(units), m -> new StationYearMonth(m.station(), m.month()));
    }

    @GET
    @Path("/export")
    @Produces({FormatParameter.CSV, Export.NDJSON})
    @Operation(operationId = "exportMonthlyStats", summary = "Monthly statistics, the whole listing in one download",
        description = EXPORT)
    public Response export(@Context HttpHeaders headers, @BeanParam YearlyStatsResource.Filters filters,
        @BeanParam MonthParam month, @BeanParam Units.Param units, @BeanParam Export.Format format) {
      return exportAll(headers, "monthly-stats", filters.toAgronomyFilter(month.value()), shape(units),
          export::monthly);
    }

    private static Listing.Shape<MonthlyStats> shape(Units.Param units) {
      return Listing.Shape.of(units.value(), AgronomyJson.Monthly.class, AgronomyJson.Monthly::from,
          AgronomyJson.Monthly.Imperial.class, AgronomyJson.Monthly.Imperial::from);
    }
  }

  @Path("/api/weather/anomalies")
  @Produces({MediaType.APPLICATION_JSON, FormatParameter.CSV})
  public record Anomalies(FindAgronomyStatsUseCase stats, ExportAgronomyStatsUseCase export, Cursors cursors) {
    @GET
    @Operation(operationId = "listAnomalies",
        extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of",
            value = "MonthlyAnomaly|MonthlyAnomalyImperial")),
        summary = "Monthly anomalies against the 1985-2014 normals", description = """
        Per station-month with at least one counting measure (at most 5 days of the month miss it): value − normal
        for max and min temperature (°C) and precipitation (mm), and precipitation as a percentage of normal. Null
        where the month's value does not count or the normal is null (and the percentage where the normal is 0).
        Ordered by station, year, month; keyset-paged.""" + DEFINITIONS)
    public Response find(@Context UriInfo uri, @BeanParam YearlyStatsResource.Filters filters,
        @BeanParam MonthParam month, @BeanParam PageParams paging, @BeanParam Units.Param units) {
      return monthListing(uri, filters.toAgronomyFilter(month.value()), paging, cursors, "anomalies",
          stats::anomalies, shape(units), a -> new StationYearMonth(a.station(), a.month()));
    }

    @GET
    @Path("/export")
    @Produces({FormatParameter.CSV, Export.NDJSON})
    @Operation(operationId = "exportAnomalies", summary = "Monthly anomalies, the whole listing in one download",
        description = EXPORT)
    public Response export(@Context HttpHeaders headers, @BeanParam YearlyStatsResource.Filters filters,
        @BeanParam MonthParam month, @BeanParam Units.Param units, @BeanParam Export.Format format) {
      return exportAll(headers, "anomalies", filters.toAgronomyFilter(month.value()), shape(units), export::anomalies);
    }

    private static Listing.Shape<MonthlyAnomaly> shape(Units.Param units) {
      return Listing.Shape.of(units.value(), AgronomyJson.Anomaly.class, AgronomyJson.Anomaly::from,
          AgronomyJson.Anomaly.Imperial.class, AgronomyJson.Anomaly.Imperial::from);
    }
  }

  @Path("/api/weather/normals")
  @Produces({MediaType.APPLICATION_JSON, FormatParameter.CSV})
  public record Normals(FindAgronomyStatsUseCase stats, ExportAgronomyStatsUseCase export, Cursors cursors) {
    @GET
    @Operation(operationId = "listNormals",
        extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of",
            value = "MonthlyNormal|MonthlyNormalImperial")),
        summary = "Monthly normals per station, baseline 1985-2014", description = """
        Per station and calendar month: the mean over the baseline years 1985-2014 of the monthly mean max and min
        temperature (°C) and total precipitation (mm), counting a year only when at most 5 days of that month miss
        the measure; null unless at least 20 years count (years_* say how many did). These are not WMO climate
        normals. Ordered by station, month; keyset-paged.""" + DEFINITIONS)
    public Response find(@Context UriInfo uri, @BeanParam StationSelection stations, @BeanParam MonthParam month,
        @BeanParam PageParams paging, @BeanParam Units.Param units) {
      AgronomyFilter filter = filter(stations, month);
      var scope = new Cursors.Scope("normals", filter);
      PageRequest<StationMonth> page = paging.request(cursors, scope, 2,
          p -> new StationMonth(StationId.of(p.get(0)), Integer.parseInt(p.get(1))));
      return Listing.respond(uri, page.size(), shape(units), stats.normals(new AgronomyQuery<>(filter, page)),
          n -> cursors.encode(scope, List.of(n.station().value(), String.valueOf(n.month()))));
    }

    @GET
    @Path("/export")
    @Produces({FormatParameter.CSV, Export.NDJSON})
    @Operation(operationId = "exportNormals", summary = "Monthly normals, the whole listing in one download",
        description = EXPORT)
    public Response export(@Context HttpHeaders headers, @BeanParam StationSelection stations,
        @BeanParam MonthParam month, @BeanParam Units.Param units, @BeanParam Export.Format format) {
      return exportAll(headers, "normals", filter(stations, month), shape(units), export::normals);
    }

    private static AgronomyFilter filter(StationSelection stations, MonthParam month) {
      return new AgronomyFilter(stations.stations(), stations.stateCodes(), Optional.empty(), Optional.empty(),
          month.value());
    }

    private static Listing.Shape<MonthlyNormal> shape(Units.Param units) {
      return Listing.Shape.of(units.value(), AgronomyJson.Normal.class, AgronomyJson.Normal::from,
          AgronomyJson.Normal.Imperial.class, AgronomyJson.Normal.Imperial::from);
    }
  }

  @Path("/api/agronomy/seasons")
  @Produces({MediaType.APPLICATION_JSON, FormatParameter.CSV})
  public record Seasons(FindAgronomyStatsUseCase stats, ExportAgronomyStatsUseCase export, Cursors cursors) {
    @GET
    @Operation(operationId = "listSeasons",
          extensions = @Extension(properties = @ExtensionProperty(name = "x-page-of",
        value = "SeasonIndicators|SeasonIndicatorsImperial")),
        summary = "Growing-season indicators per station and year", description = """
        Per station and calendar year: GDD April–October, hot days (max ≥ 30 / ≥ 35 °C), last spring and first fall
        frost (min ≤ 0 °C before / from July 1) and the frost-free days between, heavy-rain days (≥ 25.4 mm), the
        longest dry spell (consecutive days with precipitation recorded and < 1.0 mm), and June–August mean max
        temperature and total precipitation. Ordered by station, year; keyset-paged.""" + DEFINITIONS)
    public Response find(@Context UriInfo uri, @BeanParam YearlyStatsResource.Filters filters,
        @BeanParam PageParams paging, @BeanParam Units.Param units) {
      AgronomyFilter filter = filters.toAgronomyFilter(Optional.empty());
      var scope = new Cursors.Scope("seasons", filter);
      PageRequest<StationYear> page = paging.request(cursors, scope, 2,
          p -> new StationYear(StationId.of(p.get(0)), Integer.parseInt(p.get(1))));
      return Listing.respond(uri, page.size(), shape(units), stats.seasons(new AgronomyQuery<>(filter, page)),
          s -> cursors.encode(scope, List.of(s.stationYear().station().value(), "" + s.stationYear().year())));
    }

    @GET
    @Path("/export")
    @Produces({FormatParameter.CSV, Export.NDJSON})
    @Operation(operationId = "exportSeasons", summary = "Growing-season indicators, the whole listing in one download",
        description = EXPORT)
    public Response export(@Context HttpHeaders headers, @BeanParam YearlyStatsResource.Filters filters,
        @BeanParam Units.Param units, @BeanParam Export.Format format) {
      return exportAll(headers, "seasons", filters.toAgronomyFilter(Optional.empty()), shape(units), export::seasons);
    }

    private static Listing.Shape<SeasonIndicators> shape(Units.Param units) {
      return Listing.Shape.of(units.value(), AgronomyJson.Season.class, AgronomyJson.Season::from,
          AgronomyJson.Season.Imperial.class, AgronomyJson.Season.Imperial::from);
    }
  }

  /** The whole listing under the filter, as {@link Export} writes it. */
  private static <T> Response exportAll(HttpHeaders headers, String listing, AgronomyFilter filter,
      Listing.Shape<T> shape, BiConsumer<AgronomyFilter, Consumer<T>> rows) {
    return Export.respond(headers, listing, filter.stations(), shape, sink -> rows.accept(filter, sink));
  }

  /** A listing keyed by station, year and month: its cursor carries the three. */
  private static <T> Response monthListing(UriInfo uri, AgronomyFilter filter, PageParams paging, Cursors cursors,
      String listing, Function<AgronomyQuery<StationYearMonth>, Page<T>> find, Listing.Shape<T> shape,
      Function<T, StationYearMonth> key) {
    var scope = new Cursors.Scope(listing, filter);
    PageRequest<StationYearMonth> page = paging.request(cursors, scope, 3, p -> new StationYearMonth(
        StationId.of(p.get(0)), YearMonth.of(Integer.parseInt(p.get(1)), Integer.parseInt(p.get(2)))));
    return Listing.respond(uri, page.size(), shape, find.apply(new AgronomyQuery<>(filter, page)), item -> {
      StationYearMonth at = key.apply(item);
      return cursors.encode(scope, List.of(at.station().value(), String.valueOf(at.month().getYear()),
          String.valueOf(at.month().getMonthValue())));
    });
  }
}
