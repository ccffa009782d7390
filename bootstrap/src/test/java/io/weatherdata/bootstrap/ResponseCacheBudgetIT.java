package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The response cache's byte budget in the running service: a budget of 1 MiB, filled twice over with pages. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ResponseCacheBudgetIT {
  private static final long BUDGET = 1 << 20;
  private static final String DATABASE = TestPostgres.freshDatabase();
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(),
      TestApp.overrides(DATABASE, ConfigOverride.config("api.responseCacheMb", "1")));
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void distinctPagesBeyondTheBudgetEvictOlderOnesAndTheCacheNeverHoldsMoreBytes() throws Exception {
    Path folder = Files.createTempDirectory("cache-budget-it");
    SyntheticStationFiles.write(folder, 1, 2003, 2004, 3, 0.0);
    TestApp.load(APP.getConfiguration(), folder, null);
    String first = page(0);
    byte[] firstBody = get(first).body();

    long bodies = 0;
    for (int i = 1; bodies < 2 * BUDGET; i++) {
      bodies += get(page(i)).body().length;
      assertThat(gauge("bytes")).as("bytes held after %d pages", i + 1).isLessThanOrEqualTo(BUDGET);
    }

    assertThat(gauge("evictions")).isPositive();
    assertThat(gauge("bytes")).isGreaterThan(BUDGET / 2);
    long misses = gauge("misses");
    assertThat(get(first).body()).as("the first page, evicted, is built again").isEqualTo(firstBody);
    assertThat(gauge("misses")).isEqualTo(misses + 1);
  }

  /** A distinct page of about 100 days (some 11 kB of JSON). */
  private static String page(int i) {
    return "/api/weather?station_id=" + SyntheticStationFiles.stationId(1) + "&start_date=2003-01-01&page_size="
        + (100 + i % 50) + "&end_date=2004-" + String.format("%02d-%02d", 1 + i / 50 % 12, 1 + i % 28);
  }

  private static long gauge(String name) throws Exception {
    return TestApp.gauge(APP, "response-cache." + name);
  }

  private static HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + APP.getLocalPort() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
    return response;
  }
}
