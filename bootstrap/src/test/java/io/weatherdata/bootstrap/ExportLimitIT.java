package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.in.rest.ExportLimit;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limit on exports streaming at once, in the running service with a limit of one: an export held open by a
 * client that stops reading keeps its slot; another export meanwhile is a 503 problem with Retry-After while pages
 * are still answered; once that client goes away the slot is free again.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ExportLimitIT {
  private static final String DATABASE = TestPostgres.freshDatabase();
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(),
      TestApp.overrides(DATABASE, ConfigOverride.config("api.maxConcurrentExports", "1")));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingestMoreThanTheSocketBuffersHold() throws Exception {
    Path folder = Files.createTempDirectory("export-limit-it");
    SyntheticStationFiles.write(folder, 30, 1985, 2014, 7, 0.0); // ~330,000 rows: ~13 MB of CSV
    TestApp.load(APP.getConfiguration(), folder, null);
  }

  @Test
  void anExportOverTheLimitIsRefusedWhilePagesAreServedAndTheSlotComesBackWhenTheHolderLeaves() throws Exception {
    try (Socket stalled = new Socket()) {
      stalled.setReceiveBufferSize(4096);
      stalled.connect(new InetSocketAddress("127.0.0.1", APP.getLocalPort()));
      OutputStream request = stalled.getOutputStream();
      request.write("GET /api/weather/export HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      request.flush();
      awaitRunning(running -> running == 1);

      HttpResponse<String> refused = ApiContract.checked(get("/api/weather/export?format=ndjson"));
      HttpResponse<String> page = ApiContract.checked(get("/api/weather?page_size=10"));

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).contains(ExportLimit.RETRY_AFTER_SECONDS);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("1 exports are running");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(TestApp.metrics(APP).at("/meters/exports.refused/count").asLong()).isEqualTo(1);
      assertThat(TestApp.gauge(APP, "exports.running")).as("the stalled export still streams")
          .isEqualTo(1);
    }

    awaitRunning(running -> running == 0);
    HttpResponse<String> export = ApiContract.checked(get("/api/weather/export?station_id="
        + SyntheticStationFiles.stationId(3)));
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body().lines().count()).as("a header and 30 years of days").isGreaterThan(30 * 365);
  }

  private static void awaitRunning(LongPredicate expected) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long running = -1;
    while (System.nanoTime() < deadline) {
      running = TestApp.gauge(APP, "exports.running");
      if (expected.test(running)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("exports.running stayed " + running);
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + pathAndQuery))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
