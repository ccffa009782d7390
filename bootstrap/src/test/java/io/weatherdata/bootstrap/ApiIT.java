package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.domain.observation.Observation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import io.weatherdata.adapter.out.postgres.ExpectedData;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole service as a client sees it: real config, real PostgreSQL, a generated folder ingested. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiIT {
  private static final String DATABASE = TestPostgres.freshDatabase();
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(), TestApp.overrides(DATABASE));
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
  private static ExpectedData expected;

  @BeforeAll
  static void ingestAGeneratedFolder() throws Exception {
    Path folder = Files.createTempDirectory("api-it");
    SyntheticStationFiles.write(folder, 3, 2003, 2004, 7, 0.0);
    expected = ExpectedData.from(folder);
    Path reference = Files.createTempDirectory("api-it-reference");
    SyntheticStationFiles.writeStationList(reference.resolve("ghcnd-stations.txt"), 2, 2, 5);
    Files.writeString(reference.resolve("corn.txt"), "2003\t256278\n2004\t299876\n");
    TestApp.load(APP.getConfiguration(), folder, reference);
  }

  @Test
  void stationsCarryTheirListEntryAndFilterByPlace() throws Exception {
    JsonNode all = json(get("/api/stations"));
    assertThat(all.get("data")).hasSize(3);
    JsonNode first = all.at("/data/0");
    assertThat(first.get("name").asText()).isEqualTo("SYNTHETIC STATION 1");
    assertThat(all.at("/data/2/name").isNull()).as("station 3 is not in the list").isTrue();
    String state = first.get("state").asText();
    assertThat(json(get("/api/stations?state=" + state.toLowerCase())).get("data")).extracting(s -> s.get("state")
        .asText()).containsOnly(state);

    String near = first.get("latitude").decimalValue() + "," + first.get("longitude").decimalValue();
    JsonNode nearby = json(get("/api/stations?near=" + near + "&radius_km=500"));
    assertThat(nearby.at("/data/0/station_id").asText()).isEqualTo(first.get("station_id").asText());
    assertThat(nearby.at("/data/0/distance_km").decimalValue()).isZero();
    assertThat(json(get("/api/stations/" + first.get("station_id").asText() + "?units=imperial")).get("elevation_ft")
        .decimalValue()).isEqualByComparingTo(first.get("elevation_m").decimalValue()
            .divide(new java.math.BigDecimal("0.3048"), 0, java.math.RoundingMode.HALF_UP));
  }

  @Test
  void cornProductionIsAListingLikeTheOthers() throws Exception {
    JsonNode corn = json(get("/api/corn?start_year=2004"));
    assertThat(corn.get("data")).hasSize(1);
    assertThat(corn.at("/data/0/production_kt").decimalValue()).isEqualByComparingTo("299876");
    HttpResponse<String> csv = get("/api/corn?format=csv");
    assertThat(csv.body()).startsWith("year,production_kt\r\n2003,256278.000\r\n");
  }

  @Test
  void imperialObservationsAreTheMetricOnesConverted() throws Exception {
    String day = "/api/weather?station_id=" + SyntheticStationFiles.stationId(1) + "&start_date=2003-07-01"
        + "&end_date=2003-07-10";
    JsonNode metric = json(get(day));
    JsonNode imperial = json(get(day + "&units=imperial"));
    for (int i = 0; i < metric.get("data").size(); i++) {
      JsonNode c = metric.get("data").get(i);
      JsonNode f = imperial.get("data").get(i);
      assertThat(f.has("max_temp_c")).isFalse();
      if (!c.get("max_temp_c").isNull()) {
        assertThat(f.get("max_temp_f").decimalValue()).isEqualByComparingTo(c.get("max_temp_c").decimalValue()
            .multiply(java.math.BigDecimal.valueOf(9)).divide(java.math.BigDecimal.valueOf(5))
            .add(java.math.BigDecimal.valueOf(32)).setScale(1, java.math.RoundingMode.HALF_UP));
      }
      if (!c.get("precipitation_mm").isNull()) {
        assertThat(f.get("precipitation_in").decimalValue()).isEqualByComparingTo(c.get("precipitation_mm")
            .decimalValue().divide(new java.math.BigDecimal("25.4"), 2, java.math.RoundingMode.HALF_UP));
      }
    }
    assertThat(get(day + "&units=imperial&format=csv").body())
        .startsWith("station_id,date,max_temp_f,min_temp_f,precipitation_in\r\n");
  }

  @Test
  void walkingStatsPageByPageReturnsEveryStationYearOnceMatchingTheAnalysis() throws Exception {
    List<String> walked = new ArrayList<>();
    String url = "/api/weather/stats?page_size=4";
    int pages = 0;
    while (url != null) {
      JsonNode page = json(get(url));
      page.get("data").forEach(s -> walked.add(String.join(" ", s.get("station_id").asText(), s.get("year").asText(),
          plain(s.get("avg_max_temp_c")), plain(s.get("avg_min_temp_c")), plain(s.get("total_precipitation_cm")))));
      assertThat(page.at("/page/total").asLong()).isEqualTo(6);
      String cursor = page.at("/page/next_cursor").asText(null);
      url = cursor == null ? null : "/api/weather/stats?page_size=4&cursor=" + cursor;
      pages++;
    }
    assertThat(pages).isEqualTo(2);
    assertThat(walked).isEqualTo(expected.stats());
  }

  @Test
  void followingLinkHeadersWalksAStationsObservationsCompletely() throws Exception {
    String station = SyntheticStationFiles.stationId(2);
    List<String> dates = new ArrayList<>();
    String url = "/api/weather?station_id=" + station + "&page_size=300";
    while (url != null) {
      HttpResponse<String> response = get(url);
      json(response).get("data").forEach(o -> dates.add(o.get("date").asText()));
      Matcher next = NEXT.matcher(response.headers().firstValue("Link").orElse(""));
      url = next.find() ? URI.create(next.group(1)).getRawPath() + "?" + URI.create(next.group(1)).getRawQuery() : null;
    }
    assertThat(dates).isEqualTo(expected.observations().stream().filter(o -> o.station().value().equals(station))
        .map(o -> o.date().toString()).toList());
  }

  @Test
  void aFilteredPageCarriesExactValuesAndNullsForMissingOnes() throws Exception {
    Observation first = expected.observations().get(0);
    JsonNode page = json(get("/api/weather?station_id=" + first.station().value().toLowerCase()
        + "&start_date=2003-01-01&end_date=2003-01-31"));

    assertThat(page.at("/page/total").asLong()).isEqualTo(31);
    JsonNode day = page.get("data").get(0);
    assertThat(day.get("date").asText()).isEqualTo("2003-01-01");
    assertThat(plain(day.get("max_temp_c")))
        .isEqualTo(first.maxTemperature().map(t -> t.celsius().toPlainString()).orElse("null"));
    assertThat(plain(day.get("precipitation_mm")))
        .isEqualTo(first.precipitation().map(p -> p.millimetres().toPlainString()).orElse("null"));
  }

  @Test
  void badParametersAreProblemsNamingTheParameter() throws Exception {
    HttpResponse<String> response = get("/api/weather?start_date=2003-02-30");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(json(response).at("/invalid_params/0/name").asText()).isEqualTo("start_date");
  }

  /** The answers are checked against the OpenAPI document, which must list the 406 (ApiFuzzIT found it missing). */
  @Test
  void aRepresentationAnEndpointDoesNotOfferIsADocumented406Problem() throws Exception {
    for (String pathAndQuery : List.of("/api/weather/export?format=json", "/api/weather?format=ndjson",
        "/api/ingestions?format=csv")) {
      HttpResponse<String> response = get(pathAndQuery);

      assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(406);
      assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }
  }

  @Test
  void responsesAreCacheableAndRevalidate() throws Exception {
    HttpResponse<String> first = get("/api/stations");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = ApiContract.checked(HTTP.send(request("/api/stations").header("If-None-Match", etag)
        .build(), HttpResponse.BodyHandlers.ofString()));

    assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=300");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(json(first).at("/page/total").asLong()).isEqualTo(3);
  }

  @Test
  void theWholeDatasetExportsThroughJettyGzippedWithAnETagAndAFileName() throws Exception {
    HttpResponse<byte[]> response = HTTP.send(request("/api/weather/export").header("Accept-Encoding", "gzip")
        .build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(response.headers().firstValue("Content-Disposition")).contains(
        "attachment; filename=\"observations.csv\"");
    String csv = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    List<String> lines = List.of(csv.split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("station_id,date,max_temp_c,min_temp_c,precipitation_mm");
    assertThat(lines).hasSize(expected.observations().size() + 1);
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertThat(HTTP.send(request("/api/weather/export").header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(304);
  }

  @Test
  void largeResponsesAreGzipped() throws Exception {
    HttpResponse<byte[]> response = HTTP.send(request("/api/weather?page_size=1000").header("Accept-Encoding", "gzip")
        .build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpointParameterAndError() throws Exception {
    JsonNode api = json(get("/openapi.json"));

    assertThat(api.get("openapi").asText()).startsWith("3.");
    assertThat(api.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder(
        "/api/weather", "/api/weather/stats", "/api/stations", "/api/stations/{station_id}", "/api/corn",
        "/api/ingestions", "/api/weather/export", "/api/weather/stats/export", "/api/weather/monthly",
        "/api/weather/normals", "/api/weather/anomalies", "/api/agronomy/seasons", "/api/corn/weather",
        "/api/corn/correlations", "/api/weather/monthly/export", "/api/weather/normals/export",
        "/api/weather/anomalies/export", "/api/agronomy/seasons/export", "/api/stations/export");
    assertThat(api.at("/paths/~1api~1weather~1monthly/get/parameters").findValuesAsText("name"))
        .containsExactlyInAnyOrder("station_id", "state", "year", "start_year", "end_year", "month", "page_size",
            "cursor", "format", "units");
    assertThat(api.at("/paths/~1api~1agronomy~1seasons/get/description").asText()).contains("docs/agronomy.md");
    assertThat(api.at("/components/schemas/SeasonIndicators/properties/longest_dry_spell_days/description").asText())
        .contains("< 1.0 mm");
    assertThat(api.at("/paths/~1api~1weather/get/parameters").findValuesAsText("name")).containsExactlyInAnyOrder(
        "station_id", "state", "date", "start_date", "end_date", "page_size", "cursor", "format", "units");
    assertThat(api.at("/paths/~1api~1stations/get/parameters").findValuesAsText("name")).contains(
        "state", "bbox", "near", "radius_km", "units");
    assertThat(api.at("/components/schemas/ObservationImperial/properties/max_temp_f/description").asText())
        .contains("°F");
    assertThat(api.at("/paths/~1api~1weather~1stats/get/responses/400/content").has("application/problem+json"))
        .isTrue();
    assertThat(api.at("/components/schemas/Observation/properties/max_temp_c/description").asText()).contains("°C");
  }

  @Test
  void swaggerUiIsServedByTheServiceItself() throws Exception {
    HttpResponse<String> page = get("/swagger/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui-bundle.js", "/swagger/init.js");
    assertThat(get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    assertThat(get("/swagger/init.js").body()).contains("/openapi.json");
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
    HttpResponse<String> csv = get("/api/weather/stats?format=csv");
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body().lines().findFirst()).contains("station_id,year,avg_max_temp_c,avg_min_temp_c,"
        + "total_precipitation_cm");
    HttpResponse<String> json = get("/api/stations");
    HttpResponse<String> notModified = ApiContract.checked(HTTP.send(request("/api/stations")
        .header("If-None-Match", json.headers().firstValue("ETag").orElseThrow()).build(),
        HttpResponse.BodyHandlers.ofString()));
    assertThat(notModified.statusCode()).isEqualTo(304);
    List<HttpResponse<String>> answers = List.of(json, csv, notModified, get("/api/weather?page_size=0"),
        get("/api/stations/USC99999999"), get("/app/"), get("/echarts/echarts.min.js"), get("/swagger/"),
        get("/openapi.json"), HTTP.send(request("/").build(), HttpResponse.BodyHandlers.ofString()));

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 304, 400, 404, 200, 200, 200,
        200, 302);
    for (HttpResponse<String> answer : answers) {
      var headers = answer.headers();
      assertThat(headers.firstValue("X-Content-Type-Options")).as(answer.uri().toString()).contains("nosniff");
      assertThat(headers.firstValue("X-Frame-Options")).as(answer.uri().toString()).contains("DENY");
      assertThat(headers.firstValue("Referrer-Policy")).as(answer.uri().toString()).contains("no-referrer");
      assertThat(headers.firstValue("Content-Security-Policy")).as(answer.uri().toString()).hasValueSatisfying(csp ->
          assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("script-src"));
    }
  }

  @Test
  void optionsAndTraceAreRefusedOnEveryPathWithAProblem() throws Exception {
    for (String method : List.of("OPTIONS", "TRACE")) {
      for (String path : List.of("/api/weather", "/api/stations/USC00110072", "/app/", "/swagger/", "/")) {
        HttpResponse<String> answer = HTTP.send(request(path).method(method, HttpRequest.BodyPublishers.noBody())
            .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(answer.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
            assertThat(t).startsWith("application/problem+json"));
        assertThat(json(answer).get("detail").asText()).contains("read-only");
        assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
      }
    }
  }

  @Test
  void injectionAttemptsInEveryFilterAreRejectedAndChangeNothing() throws Exception {
    String before = storedFingerprint();
    List<String> attacks = List.of("'; DROP TABLE observations; --", "1 OR 1=1", "USC00110072' OR '1'='1",
        "1985-01-01'); DELETE FROM yearly_stats; --", "$$; TRUNCATE observations; $$");
    for (String attack : attacks) {
      String value = java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8);
      for (String parameter : List.of("station_id", "date", "start_date", "end_date", "page_size", "cursor")) {
        assertThat(get("/api/weather?" + parameter + "=" + value).statusCode()).as(parameter + "=" + attack)
            .isEqualTo(400);
      }
      for (String parameter : List.of("station_id", "year", "start_year", "end_year", "page_size", "cursor")) {
        assertThat(get("/api/weather/stats?" + parameter + "=" + value).statusCode()).as(parameter + "=" + attack)
            .isEqualTo(400);
      }
      assertThat(get("/api/stations/" + value).statusCode()).isIn(400, 404);
    }
    assertThat(storedFingerprint()).isEqualTo(before);
  }

  @Test
  void oversizedHeadersAreRefusedAndNoWriteMethodExists() throws Exception {
    assertThat(status(request("/api/stations").header("X-Padding", "x".repeat(64 * 1024)).build())).isEqualTo(431);
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      assertThat(status(request("/api/weather").method(method, HttpRequest.BodyPublishers.ofString("{}")).build()))
          .as(method).isEqualTo(405);
    }
  }

  /**
   * The status of one answer, on a new connection. Jetty answers a refused request (431, 405) and closes while the
   * client may still be writing; the unread bytes make the kernel send a reset that can overtake the answer. A
   * connection lost before any answer is retried; any answer is returned at once.
   */
  private static int status(HttpRequest request) throws Exception {
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return http11().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
      } catch (IOException lost) {
        last = lost;
      }
    }
    throw last;
  }

  /** A new client that speaks HTTP/1.1 from its first request (no h2c upgrade offer on a request with a body). */
  private static HttpClient http11() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** The kernel's own tables of listening TCP sockets: the admin port's are bound to loopback, the API's to all. */
  @Test
  void theAdminPortListensOnLoopbackOnlyByDefault() throws Exception {
    Set<String> loopback = Set.of("0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000");

    assertThat(listeningAddresses(APP.getAdminPort())).isNotEmpty().allMatch(loopback::contains);
    assertThat(listeningAddresses(APP.getLocalPort())).anyMatch(address -> address.matches("0+"));
  }

  /** The local addresses (hex, as /proc/net/tcp and tcp6 print them) of the sockets listening on a port. */
  private static List<String> listeningAddresses(int port) throws IOException {
    List<String> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Files.readAllLines(Path.of(table)).stream().skip(1).map(line -> line.trim().split("\\s+"))
          .filter(f -> f[3].equals("0A") && f[1].endsWith(":%04X".formatted(port)))
          .forEach(f -> addresses.add(f[1].substring(0, f[1].indexOf(':'))));
    }
    return addresses;
  }

  @Test
  void theHealthCheckChecksTheDatabase() throws Exception {
    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")).build(), HttpResponse.BodyHandlers
            .ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).at("/postgresql/healthy").asBoolean()).isTrue();
  }

  private static String storedFingerprint() {
    return TestPostgres.jdbi(DATABASE).withHandle(h -> h.createQuery(
        "SELECT (SELECT count(*) FROM observations) || '/' || (SELECT count(*) FROM yearly_stats)"
            + " || '/' || (SELECT md5(string_agg(station_id || year || coalesce(avg_max_temp_c::text, ''), ','"
            + " ORDER BY station_id, year)) FROM yearly_stats)")
        .mapTo(String.class).one());
  }

  private static HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + pathAndQuery));
  }

  private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return ApiContract.checked(HTTP.send(request(pathAndQuery).build(), HttpResponse.BodyHandlers.ofString()));
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static String plain(JsonNode number) {
    return number.isNull() ? "null" : number.decimalValue().toPlainString();
  }
}
