package io.weatherdata.adapter.in.rest;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The OpenAPI 3 document, generated once from the resource classes and their parameter beans (no classpath
 * scanning), then completed with what every paged listing shares: the page envelope, CSV, 304 and the
 * problem+json errors.
 */
public final class OpenApiDocument {
  public static final Set<Class<?>> RESOURCES = new LinkedHashSet<>(List.of(ObservationsResource.class,
      YearlyStatsResource.class, AgronomyResources.Monthly.class, AgronomyResources.Normals.class,
      AgronomyResources.Anomalies.class, AgronomyResources.Seasons.class, StationsResource.class, CornResource.class,
      IngestionsResource.class));
  private static final List<Class<?>> PAGE_ITEMS = List.of(ObservationJson.class, ObservationJson.Imperial.class,
      YearlyStatsJson.class, YearlyStatsJson.Imperial.class, StationJson.class, StationJson.Imperial.class,
      CornJson.class, AgronomyJson.Monthly.class, AgronomyJson.Normal.class, AgronomyJson.Anomaly.class,
      AgronomyJson.Season.class, AgronomyJson.CornWeather.class, AgronomyJson.CorrelationJson.class);

  private OpenApiDocument() {}

  public static String json() {
    OpenAPI base = new OpenAPI().info(new Info().title("Weather data API").version("1")
        .description("""
            Daily weather-station observations, yearly and monthly statistics per station, growing degree days, \
            1985-2014 normals and anomalies, growing-season indicators, the station catalogue (NOAA GHCN-Daily \
            names and coordinates), US corn production and how it followed the weather (definitions: \
            docs/agronomy.md). Read-only; JSON or CSV (Accept: text/csv or format=csv); keyset-paged (follow \
            next_cursor or the Link rel="next" header); cacheable (ETag, If-None-Match -> 304; a repeated request \
            is answered from memory until the data changes). Every error is application/problem+json (RFC 9457) naming the parameter at \
            fault. Units: units=metric (default: temperatures in °C, daily precipitation in mm, yearly \
            precipitation in cm, elevation in m) or units=imperial (°F, inches, feet; observations, yearly \
            statistics and stations), and the field names say the unit; the agronomy listings are metric only; \
            null = no value in the source."""));
    OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(base)).read(RESOURCES);
    PAGE_ITEMS.forEach(type -> ModelConverters.getInstance().readAll(type).forEach(api.getComponents()::addSchemas));
    ModelConverters.getInstance().readAll(PageJson.PageInfo.class).forEach(api.getComponents()::addSchemas);
    ModelConverters.getInstance().readAll(Problem.class).forEach(api.getComponents()::addSchemas);
    api.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiDocument::complete));
    return Json.pretty(api);
  }

  private static void complete(Operation operation) {
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    Object pageOf = operation.getExtensions() == null ? null : operation.getExtensions().remove("x-page-of");
    if (pageOf != null) {
      List<String> shapes = List.of(pageOf.toString().split("\\|"));
      Schema<?> item = shapes.size() == 1 ? reference(shapes.get(0))
          : new ComposedSchema().oneOf(shapes.stream().<Schema>map(OpenApiDocument::reference).toList())
              .description("the first shape with units=metric (default), the second with units=imperial");
      Schema<?> page = new ObjectSchema()
          .addProperty("data", new ArraySchema().items(item))
          .addProperty("page", new Schema<>().$ref("#/components/schemas/PageInfo"));
      responses.addApiResponse("200", new ApiResponse()
          .description("one page, in primary-key order; header Link: <…>; rel=\"next\" when more follow")
          .content(new Content()
              .addMediaType("application/json", new MediaType().schema(page))
              .addMediaType("text/csv", new MediaType().schema(new StringSchema()
                  .description("the same rows as CSV with a header line")))));
    }
    responses.addApiResponse("304", new ApiResponse().description("not modified (If-None-Match matched the ETag)"));
    responses.putIfAbsent("400", problem(
        "a parameter is unknown, repeated, malformed or out of range; the problem names it"));
    responses.addApiResponse("500", problem(
        "unexpected failure; the problem carries an error id, never a stack trace"));
    operation.setResponses(responses);
  }

  private static Schema<?> reference(String schema) {
    return new Schema<>().$ref("#/components/schemas/" + schema);
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse().description(description).content(new Content().addMediaType(Problem.MEDIA_TYPE,
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
  }
}
