package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import io.weatherdata.adapter.in.cli.CliWiring;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.application.ingestion.port.in.IngestCommand;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and adversarial query strings against every endpoint of the running service: the answer is always a
 * 2xx, a 304 or a 4xx problem+json, never a 5xx, and the stored data never changes. Values stay short enough
 * that a request line fits Jetty's 8 KiB header limit (beyond it Jetty answers 414/431 itself; see ApiIT).
 */
class ApiFuzzIT {
  private static final List<String> PATHS = List.of("/api/weather", "/api/weather/stats", "/api/stations",
      "/api/stations/USC00110072", "/api/stations/SYN00000001", "/api/corn", "/api/ingestions",
      "/api/weather/export", "/api/weather/stats/export", "/api/weather/monthly", "/api/weather/normals",
      "/api/weather/anomalies", "/api/agronomy/seasons", "/api/corn/weather", "/api/corn/correlations",
      "/api/weather/monthly/export", "/api/weather/normals/export", "/api/weather/anomalies/export",
      "/api/agronomy/seasons/export", "/api/stations/export");
  private static final List<String> NAMES = List.of("station_id", "date", "start_date", "end_date", "year",
      "start_year", "end_year", "page_size", "cursor", "format", "limit", "state", "bbox", "near", "radius_km",
      "units", "month", "foo", "", "station_id[]", "%00");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static String database;
  private static String fingerprint;
  private static DropwizardTestSupport<WeatherConfiguration> app;

  @BeforeContainer
  static void start() throws Exception {
    database = TestPostgres.freshDatabase();
    Path folder = Files.createTempDirectory("fuzz");
    SyntheticStationFiles.write(folder, 2, 2001, 2002, 9, 0.0);
    try (CliWiring.Session session = TestWiring.commands(database)) {
      session.ingestFrom(folder.toString()).ingest(IngestCommand.allFiles(IngestionListener.NONE));
    }
    fingerprint = fingerprint();
    app = TestApp.started(database);
  }

  @AfterContainer
  static void stop() {
    app.after();
    assertThat(fingerprint()).as("stored data after the fuzzing").isEqualTo(fingerprint);
  }

  @Property(tries = 400)
  void everyAnswerIsSuccessOrAProblemNeverAServerError(@ForAll("paths") String path,
      @ForAll("queries") List<Tuple.Tuple2<String, String>> query) throws Exception {
    StringBuilder uri = new StringBuilder(path).append('?');
    for (Tuple.Tuple2<String, String> parameter : query) {
      uri.append(encode(parameter.get1())).append('=').append(encode(parameter.get2())).append('&');
    }
    HttpResponse<String> response = ApiContract.checked(HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + app.getLocalPort() + uri)).build(), HttpResponse.BodyHandlers.ofString()));

    assertThat(response.statusCode()).as(uri.toString()).isLessThan(500);
    if (response.statusCode() >= 400) {
      assertThat(response.headers().firstValue("Content-Type")).as(uri.toString()).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of(PATHS);
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<String, String>>> queries() {
    Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> values = Arbitraries.oneOf(
        Arbitraries.of("USC00110072", "SYN00000001,SYN00000002", "2001-02-28", "2001-13-45", "1985", "-1",
            "99999999999999999999", "1000", "1001", "0", "csv", "json", "xml", "' OR 1=1 --",
                "'; DROP TABLE observations; --",
            "\u0000", "%", "日本", "😀", "a".repeat(1500), "NaN", "1e309",
                "VVNDMDAxMTAwNzIfMTk4NS0wMS0wM6Xbj1IIjSMQvxDYVllFxTo"),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.integers().map(String::valueOf));
    return Combinators.combine(names, values).as(Tuple::of).list().ofMaxSize(5);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String fingerprint() {
    return TestPostgres.jdbi(database).withHandle(h -> h.createQuery("""
        SELECT (SELECT count(*) FROM observations) || '/' || (SELECT count(*) FROM yearly_stats) || '/'
               || (SELECT count(*) FROM ingestion_runs) || '/'
               || (SELECT md5(string_agg(concat_ws(',', station_id, date, max_temp_c), ';'
                                 ORDER BY station_id, date)) FROM observations)""")
        .mapTo(String.class).one());
  }
}
