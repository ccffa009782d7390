package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import io.weatherdata.embedded.EmbeddedPostgresServer;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The service with its own PostgreSQL, which the test stops and starts again while the service keeps running. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
  @Order(1)
  void requestsGetA503QuicklyWhileTheDatabaseIsDownAndTheServiceRecoversByItself() throws Exception {
    assertThat(get("/api/weather/stats").statusCode()).isEqualTo(200);

    database.close();
    long failures = TestApp.gauge(app, "direct-pages.failures");
    long started = System.nanoTime();
    HttpResponse<String> down = get("/api/weather/stats?year=1990");
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(TestApp.gauge(app, "direct-pages.failures")).as("met first by the direct path (DirectPages), which "
        + "hands the failure to Jersey's mappers").isEqualTo(failures + 1);
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(down.headers().firstValue("Retry-After")).contains("5");
    assertThat(down.body()).doesNotContain("Exception").doesNotContain("jdbc:");
    assertThat(millis).as("answer time while down (ms)").isLessThan(10_000);
    assertThat(admin("/healthcheck").statusCode()).isEqualTo(500);

    database = startDatabase();
    assertThat(awaitStatus("/api/weather/stats?year=1991", 200)).isEqualTo(200);
    assertThat(admin("/healthcheck").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void theServiceStartsWithoutItsDatabaseAndServesOnceTheDatabaseIsUp() throws Exception {
    app.after();
    database.close();

    // The restarted service binds free ports, and the database's is free now: hold it (bound, not listening, so a
    // connection to it is refused as to a stopped database) until the service has its own.
    // SO_REUSEADDR: the stopped database closed its connections first, so their side of them may still hold the
    // port in TIME_WAIT, and a plain bind then fails with "Address already in use".
    try (Socket databasePort = new Socket()) {
      databasePort.setReuseAddress(true);
      databasePort.bind(new InetSocketAddress(PORT));
      app = TestApp.started(database.jdbcUrl("weather"));
    }

    assertThat(get("/api/weather/stats").statusCode()).isEqualTo(503);
    assertThat(admin("/healthcheck").statusCode()).isEqualTo(500);
    database = startDatabase();
    assertThat(awaitStatus("/api/weather/stats?year=1992", 200)).isEqualTo(200);
  }

  @Test
  @Order(3)
  void whenEveryConnectionIsBusyFurtherRequestsFailFastWithA503AndTheRestComplete() throws Exception {
    int poolSize = app.getConfiguration().getDatabase().getMaxSize();
    long maxWaitMillis = app.getConfiguration().getDatabase().getMaxWaitForConnection().toMilliseconds();
    assertThat(Files.readString(ServiceJar.CONFIG.resolveSibling("README.md"))
        + Files.readString(ServiceJar.CONFIG.resolveSibling("docs/operations.md")))
        .as("the documented wait and pool size are the configured ones")
        .contains("wait at most " + maxWaitMillis / 1000 + " s").contains("| " + poolSize + " |");
    Jdbi jdbi = TestPostgres.jdbi(database.jdbcUrl("weather"));
    List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
    try (Handle blocker = jdbi.open()) {
      blocker.begin();
      blocker.execute("LOCK TABLE yearly_stats IN ACCESS EXCLUSIVE MODE");
      long started = System.nanoTime();
      for (int i = 0; i < 24; i++) {
        requests.add(HTTP.sendAsync(request("/api/weather/stats?year=" + (1950 + i)), HttpResponse.BodyHandlers
            .ofString()));
      }
      assertThat(awaitConnectionsWaitingOnTheLock(jdbi, poolSize)).as("pooled connections held").isEqualTo(poolSize);
      HttpResponse<?> first = (HttpResponse<?>) CompletableFuture.anyOf(requests.toArray(CompletableFuture[]::new))
          .get(15, TimeUnit.SECONDS);
      long firstAnswerMillis = (System.nanoTime() - started) / 1_000_000;
      assertThat(first.statusCode()).isEqualTo(503);
      assertThat(firstAnswerMillis).as("first answer while the pool is exhausted (ms)")
          .isGreaterThanOrEqualTo(maxWaitMillis - 100).isLessThan(maxWaitMillis + 7_000);
      blocker.rollback();
    }
    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> request : requests) {
      statuses.add(request.get(30, TimeUnit.SECONDS).statusCode());
    }
    assertThat(statuses).contains(503, 200).allMatch(status -> status == 200 || status == 503);
  }

  /** Polls until {@code wanted} of the service's connections wait on a lock (or 10 s pass); returns the count. */
  private static long awaitConnectionsWaitingOnTheLock(Jdbi jdbi, int wanted) throws InterruptedException {
    long waiting = 0;
    for (long deadline = System.nanoTime() + 10_000_000_000L; waiting < wanted && System.nanoTime() < deadline; ) {
      waiting = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name ="
          + " 'weather-service' AND wait_event_type = 'Lock'").mapTo(Long.class).one());
      Thread.sleep(20);
    }
    return waiting;
  }

  private static int awaitStatus(String path, int wanted) throws Exception {
    int status = 0;
    for (int attempt = 0; attempt < 40 && status != wanted; attempt++) {
      status = get(path).statusCode();
      if (status != wanted) {
        Thread.sleep(250);
      }
    }
    return status;
  }

  private static EmbeddedPostgresServer startDatabase() {
    return EmbeddedPostgresServer.start(DATA, PORT, Map.of("fsync", "off"));
  }

  private static HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort() + path))
        .timeout(Duration.ofSeconds(30)).build();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return ApiContract.checked(HTTP.send(request(path), HttpResponse.BodyHandlers.ofString()));
  }

  private static HttpResponse<String> admin(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getAdminPort() + path))
        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
