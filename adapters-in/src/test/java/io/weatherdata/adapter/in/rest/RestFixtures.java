package io.weatherdata.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.station.StationSummary;
import io.weatherdata.domain.stats.StationYear;
import io.weatherdata.domain.stats.YearlyStats;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every REST adapter test shares: the extension wired like bootstrap, domain builders, response readers. */
final class RestFixtures {
  /** 32 bytes, like the configured cursor secret. */
  static final byte[] CURSOR_SECRET = "test-cursor-secret-of-32-bytes!!".getBytes(StandardCharsets.US_ASCII);
  static final byte[] OTHER_CURSOR_SECRET = "another-secret-also-of-32-bytes!".getBytes(StandardCharsets.US_ASCII);
  static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);
  static final MediaType CSV = MediaType.valueOf(FormatParameter.CSV);
  /** January 1985 at one station, and its first two days (one with a missing value in each column). */
  static final String JANUARY = "/api/weather?station_id=USC00110072&start_date=1985-01-01&end_date=1985-01-31";
  static final Observation FIRST = observation("USC00110072", "1985-01-01", -22, -128, null);
  static final Observation SECOND = observation("USC00110072", "1985-01-02", 100, null, 94);

  /** Reads numbers as exact decimals, keeping their scale, so {@code -2.2} is compared as written. */
  private static final ObjectMapper READER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

  private RestFixtures() {}

  static Cursors cursors() {
    return new Cursors(CURSOR_SECRET);
  }

  /**
   * The given resources registered as {@code WeatherApplication} registers them: with the format filter, the strict
    * parameter check, the
   * caching filter, the CSV writer and the problem mappers, Dropwizard's default exception mappers off, dates as
   * ISO strings. (Plus {@link MutableRequestHeaders}, which makes the in-memory container behave like Jetty.)
   */
  static ResourceExtension api(GetStoredDataVersionUseCase dataVersion, Object... resources) {
    ResourceExtension.Builder builder = ResourceExtension.builder()
        .setRegisterDefaultExceptionMappers(false)
        .setMapper(Jackson.newObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    for (Object resource : resources) {
      builder.addResource(resource);
    }
    builder.addResource(new MutableRequestHeaders())
        .addResource(new FormatParameter())
        .addResource(new StrictQueryParameters())
        .addResource(QueryBeans.binder())
        .addResource(new CachingFilter(dataVersion))
        .addResource(new CsvPageWriter());
    for (Object mapper : ProblemMappers.all()) {
      builder.addResource(mapper);
    }
    return builder.build();
  }

  /** A request for a path with its raw query string, e.g. {@code /api/weather?page_size=1&page_size=2}. */
  static Invocation.Builder request(ResourceExtension api, String pathAndQuery) {
    return api.client().target(api.target("").getUri().resolve(pathAndQuery)).request();
  }

  static Response get(ResourceExtension api, String pathAndQuery) {
    return request(api, pathAndQuery).get();
  }

  static Response get(ResourceExtension api, URI uri) {
    return api.client().target(uri).request().get();
  }

  // --- domain values -------------------------------------------------------------------------------------------

  /** An observation from the source's tenths; null is a missing value. */
  static Observation observation(String station, String date, Integer maxTenths, Integer minTenths,
      Integer precipitationTenths) {
    return new Observation(StationId.of(station), LocalDate.parse(date),
        Optional.ofNullable(maxTenths).map(Temperature::ofTenthsCelsius),
        Optional.ofNullable(minTenths).map(Temperature::ofTenthsCelsius),
        Optional.ofNullable(precipitationTenths).map(Precipitation::ofTenthsMillimetre));
  }

  /** Yearly statistics from decimal strings; null is an absent statistic. */
  static YearlyStats yearlyStats(String station, int year, String avgMax, String avgMin, String totalCm) {
    return new YearlyStats(new StationYear(StationId.of(station), year), decimal(avgMax), decimal(avgMin),
        decimal(totalCm));
  }

  static StationSummary stationSummary(String station, String firstDate, String lastDate, long days,
      long missingMax, long missingMin, long missingPrecipitation) {
    return new StationSummary(StationId.of(station), LocalDate.parse(firstDate), LocalDate.parse(lastDate), days,
        missingMax, missingMin, missingPrecipitation);
  }

  private static Optional<BigDecimal> decimal(String text) {
    return Optional.ofNullable(text).map(BigDecimal::new);
  }

  @SafeVarargs
  static <T> Page<T> lastPage(long total, T... items) {
    return new Page<>(List.of(items), false, total);
  }

  @SafeVarargs
  static <T> Page<T> pageWithMore(long total, T... items) {
    return new Page<>(List.of(items), true, total);
  }

  // --- responses -----------------------------------------------------------------------------------------------

  static JsonNode json(Response response) {
    assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || response.getMediaType().isCompatible(PROBLEM))
        .as("JSON content type, got %s", response.getMediaType()).isTrue();
    String body = response.readEntity(String.class);
    try {
      return READER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  static JsonNode okJson(Response response) {
    assertThat(response.getStatus()).as("status").isEqualTo(200);
    assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE))
        .as("content type %s", response.getMediaType()).isTrue();
    return json(response);
  }

  /** Lines of a 200 CSV response, without their CRLF terminators. */
  static List<String> okCsv(Response response) {
    assertThat(response.getStatus()).as("status").isEqualTo(200);
    assertThat(response.getMediaType().isCompatible(CSV)).as("content type %s", response.getMediaType()).isTrue();
    String body = response.readEntity(String.class);
    assertThat(body).endsWith("\r\n");
    return List.of(body.split("\r\n"));
  }

  /** Asserts an {@code application/problem+json} error with this status and returns its body. */
  static JsonNode problem(Response response, int status) {
    assertThat(response.getStatus()).as("status").isEqualTo(status);
    assertThat(response.getMediaType()).as("content type").isNotNull();
    assertThat(response.getMediaType().isCompatible(PROBLEM)).as("content type %s", response.getMediaType()).isTrue();
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).as("ETag of an error").isNull();
    JsonNode body = json(response);
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("title").asText()).isNotBlank();
    return body;
  }

  /** Asserts a 400 problem whose first invalid parameter is {@code parameter}, and returns the body. */
  static JsonNode invalidParameter(Response response, String parameter) {
    JsonNode body = problem(response, 400);
    assertThat(body.path("invalid_params").path(0).path("name").asText()).as("invalid_params[0].name")
        .isEqualTo(parameter);
    assertThat(body.path("invalid_params").path(0).path("reason").asText()).isNotBlank();
    return body;
  }

  /** The query parameters of a URI, decoded, in no particular order. */
  static Map<String, List<String>> queryParameters(URI uri) {
    Map<String, List<String>> parameters = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] nameValue = pair.split("=", 2);
      parameters.computeIfAbsent(decode(nameValue[0]), n -> new ArrayList<>())
          .add(nameValue.length == 2 ? decode(nameValue[1]) : "");
    }
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** The field names of a JSON object, in document order. */
  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static String nextCursor(JsonNode page) {
    JsonNode cursor = page.path("page").path("next_cursor");
    assertThat(cursor.isTextual()).as("next_cursor is a string: %s", cursor).isTrue();
    return cursor.asText();
  }

  /** The target of the {@code Link: <…>; rel="next"} header. */
  static URI nextLink(Response response) {
    String link = response.getHeaderString("Link");
    assertThat(link).as("Link header").isNotNull();
    Matcher matcher = NEXT_LINK.matcher(link);
    assertThat(matcher.matches()).as("Link header %s", link).isTrue();
    return URI.create(matcher.group(1));
  }

  /**
   * The cursor with one character of its signature changed. (The second to last character: it carries six bits of
   * data whatever the length, where the last one may carry padding bits a decoder ignores.)
   */
  static String tampered(String cursor) {
    int at = cursor.length() - 2;
    char replacement = cursor.charAt(at) == 'A' ? 'B' : 'A';
    return cursor.substring(0, at) + replacement + cursor.substring(at + 1);
  }

  /**
   * The cursor with {@code from} replaced by {@code to} (same length) in its readable position part, signature
   * kept: what a client trying to jump elsewhere in the listing would send.
   */
  static String forged(String cursor, String from, String to) {
    String token = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
    assertThat(token).as("cursor position").contains(from);
    assertThat(to).hasSameSizeAs(from);
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(token.replace(from, to).getBytes(StandardCharsets.ISO_8859_1));
  }
}
