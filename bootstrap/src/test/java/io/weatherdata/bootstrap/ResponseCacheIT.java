package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The response cache in the running service: hits in both encodings, 304s, and a new data version replacing it. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ResponseCacheIT {
  private static final String DATABASE = TestPostgres.freshDatabase();
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(), TestApp.overrides(DATABASE));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STATION = SyntheticStationFiles.stationId(1);

  @BeforeAll
  static void ingestOneStation() throws Exception {
    ingest(1);
  }

  @Test
  void aRepeatedRequestIsAnsweredFromTheCacheWhateverTheParameterOrder() throws Exception {
    String url = "/api/weather?station_id=" + STATION + "&start_date=2003-03-01&end_date=2003-03-05";
    HttpResponse<byte[]> first = get(url, "identity");
    long hits = gauge("hits");

    HttpResponse<byte[]> again = get("/api/weather?end_date=2003-03-05&start_date=2003-03-01&station_id=" + STATION,
        "identity");

    assertThat(gauge("hits")).isEqualTo(hits + 1);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
    assertThat(JSON.readTree(again.body()).get("data")).hasSize(5);
  }

  @Test
  void gzipClientsGetTheSameBodyCompressedAndRevalidateTo304() throws Exception {
    String url = "/api/weather/stats?station_id=" + STATION;
    HttpResponse<byte[]> plain = get(url, "identity");
    get(url, "gzip");
    long hits = gauge("hits");

    HttpResponse<byte[]> gzipped = get(url, "gzip");

    assertThat(gauge("hits")).isEqualTo(hits + 1);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes()).isEqualTo(plain.body());
    String etag = gzipped.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).endsWith("--gzip\"");
    HttpResponse<byte[]> revalidated = HTTP.send(request(url).header("Accept-Encoding", "gzip")
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(revalidated.statusCode()).isEqualTo(304);
    assertThat(revalidated.body()).isEmpty();
  }

  @Test
  void aMissAskedForGzipIsAnsweredCompressedAndItsBodyKeptForBothEncodings() throws Exception {
    String url = "/api/weather?station_id=" + STATION + "&start_date=2003-04-01&end_date=2003-04-03";
    long hits = gauge("hits");

    HttpResponse<byte[]> gzipped = get(url, "gzip");
    HttpResponse<byte[]> plain = get(url, "identity");

    assertThat(gauge("hits")).isEqualTo(hits + 1);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes()).isEqualTo(plain.body());
    assertThat(JSON.readTree(plain.body()).get("data")).hasSize(3);
  }

  @Test
  void errorsAndCsvAreKeptApartAndErrorsAreNeverCached() throws Exception {
    String url = "/api/weather/stats?station_id=" + STATION;
    HttpResponse<byte[]> csv = HTTP.send(request(url).header("Accept", "text/csv").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> json = get(url, "identity");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("station_id,year,");
    assertThat(new String(json.body(), StandardCharsets.UTF_8)).startsWith("{");

    long entries = gauge("entries");
    assertThat(get("/api/weather?start_date=2003-02-30", "identity").statusCode()).isEqualTo(400);
    assertThat(get("/api/weather?start_date=2003-02-30", "identity").statusCode()).isEqualTo(400);
    assertThat(gauge("entries")).isEqualTo(entries);
  }

  @Test
  void aNewDataVersionIsServedWithinTheVersionTtl() throws Exception {
    String station2 = "/api/weather/stats?station_id=" + SyntheticStationFiles.stationId(2);
    assertThat(JSON.readTree(get(station2, "identity").body()).at("/page/total").asLong()).isZero();
    assertThat(JSON.readTree(get(station2, "identity").body()).at("/page/total").asLong()).isZero(); // a hit

    ingest(2);
    long ingested = System.nanoTime();
    long total = 0;
    while (total == 0 && System.nanoTime() - ingested < TimeUnit.SECONDS.toNanos(5)) {
      total = JSON.readTree(get(station2, "identity").body()).at("/page/total").asLong();
    }
    long servedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ingested);

    assertThat(total).isEqualTo(2);
    assertThat(servedAfterMillis).as("the data version is re-read at most once a second (ms, with a loaded machine's "
        + "margin)").isLessThan(3_000);
    for (int again = 0; again < 20; again++) {   // and never an older body after the new one
      assertThat(JSON.readTree(get(station2, "identity").body()).at("/page/total").asLong()).isEqualTo(2);
    }
  }

  private static void ingest(int stations) throws Exception {
    Path folder = Files.createTempDirectory("cache-it");
    SyntheticStationFiles.write(folder, stations, 2003, 2004, 3, 0.0);
    TestApp.load(APP.getConfiguration(), folder, null);
  }

  private static long gauge(String name) throws Exception {
    return TestApp.gauge(APP, "response-cache." + name);
  }

  private static HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + pathAndQuery));
  }

  private static HttpResponse<byte[]> get(String pathAndQuery, String encoding) throws Exception {
    return ApiContract.checked(HTTP.send(request(pathAndQuery).header("Accept-Encoding", encoding).build(),
        HttpResponse.BodyHandlers.ofByteArray()));
  }
}
