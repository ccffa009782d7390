package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import io.weatherdata.adapter.out.postgres.EmbeddedPostgresServer;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service with its own PostgreSQL, which the test stops and starts again while the service keeps running. */
class DatabaseOutageIT {
  private static final Path DATA = Path.of(System.getProperty("java.io.tmpdir"),
      "weather-outage-pg-" + ProcessHandle.current().pid());
  private static final int PORT = TestPostgres.freePort();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static EmbeddedPostgresServer database;
  private static DropwizardTestSupport<WeatherConfiguration> app;

  @BeforeAll
  static void start() throws Exception {
    database = startDatabase();
    database.createDatabaseIfMissing("weather");
    TestPostgres.migrate(database.jdbcUrl("weather"));
    app = TestApp.started(database.jdbcUrl("weather"));
  }

  @AfterAll
  static void stop() throws java.io.IOException {
    app.after();
    database.close();
    try (var paths = java.nio.file.Files.walk(DATA)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void requestsGetA503QuicklyWhileTheDatabaseIsDownAndTheServiceRecoversByItself() throws Exception {
    assertThat(get("/api/weather/stats").statusCode()).isEqualTo(200);

    database.close();
    long started = System.nanoTime();
    HttpResponse<String> down = get("/api/weather/stats?year=1990");
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(down.headers().firstValue("Retry-After")).contains("5");
    assertThat(down.body()).doesNotContain("Exception").doesNotContain("jdbc:");
    assertThat(millis).as("answer time while down (ms)").isLessThan(10_000);
    assertThat(admin("/healthcheck").statusCode()).isEqualTo(500);

    database = startDatabase();
    int status = 0;
    for (int attempt = 0; attempt < 40 && status != 200; attempt++) {
      status = get("/api/weather/stats?year=1991").statusCode();
      if (status != 200) {
        Thread.sleep(250);
      }
    }
    assertThat(status).isEqualTo(200);
    assertThat(admin("/healthcheck").statusCode()).isEqualTo(200);
  }

  private static EmbeddedPostgresServer startDatabase() {
    return EmbeddedPostgresServer.start(DATA, PORT, Map.of("fsync", "off"));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort() + path))
        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> admin(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getAdminPort() + path))
        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
