package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The listings' direct path (DirectPages) against Jersey's, in the running service: a plain request (no Accept) is
 * answered directly, the same request with an Accept the direct path leaves alone goes through Jersey, and the two
 * answers must be the same bytes with the same headers. The response cache is off, so each request is built.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DirectPagesIT {
  private static final String DATABASE = TestPostgres.freshDatabase();
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(),
      TestApp.overrides(DATABASE, ConfigOverride.config("api.responseCacheMb", "0")));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String JERSEY_ONLY = "application/json;q=1";
  private static final String S1 = SyntheticStationFiles.stationId(1);
  private static final String S2 = SyntheticStationFiles.stationId(2);

  @BeforeAll
  static void ingest() throws Exception {
    Path folder = Files.createTempDirectory("direct-pages-it");
    SyntheticStationFiles.write(folder, 2, 2003, 2004, 3, 0.0);
    TestApp.load(APP.getConfiguration(), folder, null);
  }

  @Test
  void aPlainRequestIsAnsweredDirectlyWithTheBytesAndHeadersJerseyGives() throws Exception {
    String firstPage = "/api/weather?station_id=" + S1 + "&start_date=2003-01-01&end_date=2003-03-31&page_size=7";
    String next = link(get(firstPage, null));
    List<String> pages = List.of(firstPage, next.substring(next.indexOf("/api/")),
        "/api/weather?station_id=" + S1 + "&station_id=" + S2 + "&date=2003-02-02&units=imperial",
        "/api/weather", "/api/weather/stats?station_id=" + S2, "/api/weather/stats?year=2003&page_size=1");
    for (String page : pages) {
      long answered = gauge("answered");
      HttpResponse<byte[]> direct = get(page, null);
      assertThat(gauge("answered")).as("answered directly: %s", page).isEqualTo(answered + 1);
      HttpResponse<byte[]> jersey = get(page, JERSEY_ONLY);
      assertThat(gauge("answered")).as("left to Jersey: %s", page).isEqualTo(answered + 1);

      assertThat(direct.statusCode()).as(page).isEqualTo(200);
      assertThat(new String(direct.body(), StandardCharsets.UTF_8)).as(page)
          .isEqualTo(new String(jersey.body(), StandardCharsets.UTF_8));
      for (String header : List.of("Content-Type", "Cache-Control", "Vary", "Link")) {
        assertThat(direct.headers().allValues(header)).as("%s of %s", header, page)
            .isEqualTo(jersey.headers().allValues(header));
      }
      String etag = direct.headers().firstValue("ETag").orElseThrow();
      HttpResponse<byte[]> revalidated = HTTP.send(request(page).header("If-None-Match", etag).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(revalidated.statusCode()).as("Jersey's ETag for %s is the direct one", page).isEqualTo(304);
    }
    assertThat(new ObjectMapper().readTree(get(pages.get(2), null).body()).get("data")).as("both stations")
        .hasSize(2).allMatch(day -> day.has("max_temp_f"));
  }

  @Test
  void whatTheDirectPathDoesNotReadIsAnsweredByJersey() throws Exception {
    String stations = "/api/weather?date=2003-02-02&station_id=" + S1;
    long answered = gauge("answered");

    HttpResponse<byte[]> csv = get(stations + "&format=csv", null);
    HttpResponse<byte[]> escaped = get(stations + "%2C" + S2, null);
    HttpResponse<byte[]> comma = get(stations + "," + S2, null);
    HttpResponse<byte[]> head = HTTP.send(request(stations).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(gauge("answered")).isEqualTo(answered);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("station_id,date,");
    assertThat(escaped.body()).isEqualTo(comma.body()).isEqualTo(get(stations + "&station_id=" + S2, null).body());
    assertThat(head.statusCode()).isEqualTo(200);
  }

  @Test
  void aBadParameterIsJerseysProblemNamingIt() throws Exception {
    long answered = gauge("answered");
    long failures = gauge("failures");
    Map<String, String> named = Map.of("/api/weather?start_date=2003-02-30", "start_date",
        "/api/weather?staton_id=" + S1, "staton_id", "/api/weather?station_id=" + S1 + "&cursor=forged", "cursor",
        "/api/weather/stats?year=19x0&units=metric", "year");
    for (Map.Entry<String, String> bad : named.entrySet()) {
      HttpResponse<byte[]> direct = get(bad.getKey(), null);
      HttpResponse<byte[]> jersey = get(bad.getKey(), JERSEY_ONLY);

      assertThat(direct.statusCode()).as(bad.getKey()).isEqualTo(400);
      assertThat(direct.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(new String(direct.body(), StandardCharsets.UTF_8)).as(bad.getKey())
          .isEqualTo(new String(jersey.body(), StandardCharsets.UTF_8)).contains("\"" + bad.getValue() + "\"");
    }
    assertThat(gauge("answered")).isEqualTo(answered);
    assertThat(gauge("failures")).as("a bad parameter is found again by Jersey, not handed over").isEqualTo(failures);
  }

  private static String link(HttpResponse<byte[]> response) {
    String link = response.headers().firstValue("Link").orElseThrow();
    return link.substring(1, link.indexOf('>'));
  }

  private static long gauge(String name) throws Exception {
    return TestApp.gauge(APP, "direct-pages." + name);
  }

  private static HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + pathAndQuery));
  }

  private static HttpResponse<byte[]> get(String pathAndQuery, String accept) throws Exception {
    HttpRequest.Builder request = request(pathAndQuery);
    if (accept != null) {
      request.header("Accept", accept);
    }
    return ApiContract.checked(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
  }
}
