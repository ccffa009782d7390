package io.weatherdata.adapter.in.rest;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
      CornJson.class, AgronomyJson.Monthly.class, AgronomyJson.Monthly.Imperial.class, AgronomyJson.Normal.class,
      AgronomyJson.Normal.Imperial.class, AgronomyJson.Anomaly.class, AgronomyJson.Anomaly.Imperial.class,
      AgronomyJson.Season.class, AgronomyJson.Season.Imperial.class, AgronomyJson.CornWeather.class,
      AgronomyJson.CornWeather.Imperial.class, AgronomyJson.CorrelationJson.class);

  private OpenApiDocument() {}

  public static String json() {
    OpenAPI base = new OpenAPI().info(new Info().title("Weather data API").version("1")
        .description("""
            Daily weather-station observations, yearly and monthly statistics per station, growing degree days, \
            1985-2014 normals and anomalies, growing-season indicators, the station catalogue (NOAA GHCN-Daily \
            names and coordinates), US corn production and how it followed the weather (definitions: \
            docs/agronomy.md). Read-only; JSON or CSV (Accept: text/csv or format=csv); keyset-paged (follow \
            next_cursor or the Link rel="next" header), and every large listing downloads whole from its /export \
            (CSV or NDJSON, streamed); cacheable (ETag, If-None-Match -> 304; a repeated request is answered from \
            memory until the data changes). Every error is application/problem+json (RFC 9457) naming the \
            parameter at fault. Units: units=metric (default: temperatures in °C, daily precipitation in mm, \
            yearly precipitation in cm, elevation in m) or units=imperial (°F, inches, feet, °F·days; every \
            listing with measurements), and the field names say the unit; null = no value in the source."""));
    base.getInfo().contact(new Contact().name("The weather data service's maintainers: docs/api.md in its repository"));
    base.servers(List.of(new Server().url("/").description("the host serving this document")));
    TAGS.forEach((name, description) -> base.addTagsItem(new Tag().name(name).description(description)));
    OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(base)).read(RESOURCES);
    PAGE_ITEMS.forEach(type -> ModelConverters.getInstance().readAll(type).forEach((name, schema) ->
        api.getComponents().addSchemas(name, everyPropertyRequired(schema))));
    ModelConverters.getInstance().readAll(PageJson.PageInfo.class).forEach((name, schema) ->
        api.getComponents().addSchemas(name, everyPropertyRequired(schema)));
    ModelConverters.getInstance().readAll(Problem.class).forEach(api.getComponents()::addSchemas);
    api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
      complete(operation);
      operation.setTags(List.of(tag(path)));
      if (operation.getParameters() != null) {
        operation.getParameters().forEach(OpenApiDocument::typedExample);
      }
    }));
    return Json.pretty(api);
  }

  /** Writes the document to a file (the build generates the test client from it): {@code OpenApiDocument <file>}. */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), json(), StandardCharsets.UTF_8);
  }

  /**
   * A listing item always carries every field, null where there is no value: saying so lets a client tell the
   * metric shape from the imperial one (their field names differ) and a validator catch a missing field.
   */
  private static Schema<?> everyPropertyRequired(Schema<?> schema) {
    if (schema.getProperties() != null) {
      schema.setRequired(List.copyOf(schema.getProperties().keySet()));
    }
    return schema;
  }

  /** The groups of the document, in the order Swagger UI shows them. */
  private static final Map<String, String> TAGS = new LinkedHashMap<>();

  static {
    TAGS.put("observations", "Daily records per station: max and min temperature, precipitation");
    TAGS.put("statistics", "Yearly statistics per station");
    TAGS.put("agronomy", "Monthly statistics, growing degree days, normals, anomalies, season indicators");
    TAGS.put("stations", "The station catalogue: names, places, span of data");
    TAGS.put("corn", "US corn production, and how it followed the weather");
    TAGS.put("operations", "The record of ingestion runs");
  }

  private static String tag(String path) {
    if (path.startsWith("/api/weather/stats")) {
      return "statistics";
    } else if (path.matches("/api/weather/(monthly|normals|anomalies)(/export)?") || path.startsWith("/api/agronomy")) {
      return "agronomy";
    } else if (path.startsWith("/api/weather")) {
      return "observations";
    } else if (path.startsWith("/api/stations")) {
      return "stations";
    } else if (path.startsWith("/api/corn")) {
      return "corn";
    }
    return "operations";
  }

  /** The numeric query parameters: the beans read them as text (the strict parser owns their syntax). */
  private static final Map<String, String> NUMERIC = Map.of("page_size", "integer", "year", "integer",
      "start_year", "integer", "end_year", "integer", "month", "integer", "radius_km", "number");

  /**
   * A parameter documented with the type it has on the wire, and its example and default of that type (the
   * annotations on text fields only carry strings).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void typedExample(Parameter parameter) {
    Schema schema = parameter.getSchema();
    if (schema == null) {
      return;
    }
    String numeric = NUMERIC.get(parameter.getName());
    if (numeric != null && "string".equals(schema.getType())) {
      Schema typed = "integer".equals(numeric) ? new IntegerSchema() : new NumberSchema();
      typed.minimum(schema.getMinimum()).maximum(schema.getMaximum())
          .exclusiveMinimum(schema.getExclusiveMinimum());
      if (schema.getDefault() != null) {
        typed.setDefault(number(numeric, schema.getDefault()));
      }
      parameter.setSchema(typed);
      schema = typed;
    }
    Object example = parameter.getExample();
    if (example == null) {
      return;
    }
    if ("array".equals(schema.getType())) {
      parameter.setExample(List.of(String.valueOf(example).split(",")));
    } else if ("integer".equals(schema.getType()) || "number".equals(schema.getType())) {
      parameter.setExample(number(schema.getType(), example));
    } else {
      parameter.setExample(String.valueOf(example));
    }
  }

  private static Number number(String type, Object value) {
    return "integer".equals(type) ? Integer.valueOf(String.valueOf(value)) : new java.math.BigDecimal(
        String.valueOf(value));
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
    if (operation.getOperationId().startsWith("export")) {
      responses.addApiResponse("200", new ApiResponse()
          .description("the rows, streamed; Content-Disposition names a file")
          .content(new Content()
              .addMediaType(FormatParameter.CSV, new MediaType().schema(new StringSchema()
                  .description("CSV with a header line, the columns of the paged listing")))
              .addMediaType(Export.NDJSON, new MediaType().schema(new StringSchema()
                  .description("one JSON object per line, the fields of the paged listing's items")))));
    }
    responses.addApiResponse("304", new ApiResponse().description("not modified (If-None-Match matched the ETag)"));
    responses.putIfAbsent("400", problem(
        "a parameter is unknown, repeated, malformed or out of range; the problem names it"));
    responses.addApiResponse("406", problem("the representation asked for (format or Accept) is not one this endpoint"
        + " offers: application/json or text/csv for a listing, text/csv or application/x-ndjson for an export"));
    responses.addApiResponse("500", problem(
        "unexpected failure; the problem carries an error id, never a stack trace"));
    ApiResponse unavailable = problem("the database cannot be reached or every connection is busy"
        + (operation.getOperationId().startsWith("export") ? ", or the most exports one instance streams at once are "
        + "running (api.maxConcurrentExports)" : "") + "; retry after the seconds the Retry-After header gives");
    unavailable.addHeaderObject("Retry-After", new Header().description("seconds to wait before retrying")
        .schema(new IntegerSchema()));
    responses.addApiResponse("503", unavailable);
    responses.remove("default"); // every answer is listed by its status: a client can rely on the list
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
