package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/** config.yml's server section as the running service built it: its request log and its thread pool. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ServerSettingsIT {
  private static final String DATABASE = TestPostgres.freshDatabase();
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(), TestApp.overrides(DATABASE));

  @Test
  void eachRequestIsOneCombinedFormatLineWithItsQueryStatusSizeAndMilliseconds() throws Exception {
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    ((Logger) LoggerFactory.getLogger(PlainRequestLogFactory.LOGGER)).addAppender(lines);
    HttpClient http = HttpClient.newHttpClient();
    List<HttpResponse<byte[]>> answers = List.of(
        send(http, "/api/weather?station_id=USC00110072&page_size=3"), send(http, "/api/weather?page_size=0"));

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (lines.list.size() < answers.size() && System.nanoTime() < deadline) {
      Thread.sleep(20);   // Jetty logs once the response is complete, after the client has it
    }
    assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).hasSize(2).satisfiesExactly(
        ok -> assertThat(ok).matches("127\\.0\\.0\\.1 - - \\[\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000] "
            + "\"GET /api/weather\\?station_id=USC00110072&page_size=3 HTTP/1\\.1\" 200 "
            + answers.get(0).body().length + " \"\" \"Java-http-client/[\\d.]+\" \\d+"),
        bad -> assertThat(bad).contains("\"GET /api/weather?page_size=0 HTTP/1.1\" 400 "));
  }

  @Test
  void theRequestThreadsKeepNoReservedThreadSoEveryRequestWaitsInOneQueue() {
    QueuedThreadPool pool = (QueuedThreadPool) APP.getEnvironment().getApplicationContext().getServer().getThreadPool();

    assertThat(pool.isStarted()).isTrue();
    assertThat(pool.getMaxReservedThreads()).isZero();
    assertThat(pool.getMaxThreads()).isEqualTo(8);
  }

  private static HttpResponse<byte[]> send(HttpClient http, String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + pathAndQuery))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
