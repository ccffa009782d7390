package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.weatherdata.adapter.in.cli.CliWiring;
import io.weatherdata.application.ingestion.port.in.IngestCommand;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.application.ingestion.port.in.ReferenceFileCommand;
import io.weatherdata.embedded.EmbeddedPostgresServer;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The whole service with the repository's config.yml over a test database, on free ports. */
final class TestApp {
  static final String STATION_LIST = "ghcnd-stations.txt";
  static final String CORN = "corn.txt";

  private TestApp() {}

  /** The running service's metrics, as its admin port serves them. */
  static JsonNode metrics(DropwizardAppExtension<?> app) throws IOException, InterruptedException {
    return metrics(app.getTestSupport());
  }

  static JsonNode metrics(DropwizardTestSupport<?> app) throws IOException, InterruptedException {
    return new ObjectMapper().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + app.getAdminPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body());
  }

  /** One gauge's value from {@link #metrics}; a gauge the service does not have fails the test. */
  static long gauge(DropwizardAppExtension<?> app, String name) throws IOException, InterruptedException {
    return gauge(app.getTestSupport(), name);
  }

  static long gauge(DropwizardTestSupport<?> app, String name) throws IOException, InterruptedException {
    JsonNode value = metrics(app).at("/gauges/" + name + "/value");
    assertThat(value.isMissingNode()).as("gauge " + name).isFalse();
    return value.asLong();
  }

  /** The test database, free ports, and then {@code more} (a test's own settings). */
  static ConfigOverride[] overrides(String databaseUrl, ConfigOverride... more) {
    return Stream.concat(Stream.of(
        ConfigOverride.config("database.url", databaseUrl),
        ConfigOverride.config("database.user", EmbeddedPostgresServer.SUPERUSER),
        ConfigOverride.config("database.password", ""),
        ConfigOverride.config("server.applicationConnectors[0].port", "0"),
        ConfigOverride.config("server.adminConnectors[0].port", "0")), Stream.of(more))
        .toArray(ConfigOverride[]::new);
  }

  /**
   * Loads a folder of station files (then analyses them), and from {@code reference} (may be null) the station list
   * {@code ghcnd-stations.txt} and the corn file {@code corn.txt} where they exist, through the commands' wiring.
   */
  static void load(WeatherConfiguration configuration, Path observations, Path reference) throws Exception {
    try (CliWiring.Session session = Wiring.forCommands().open(configuration)) {
      session.ingestFrom(observations.toString()).ingest(IngestCommand.allFiles(IngestionListener.NONE));
      if (reference != null && Files.exists(reference.resolve(STATION_LIST))) {
        session.referenceFrom(reference.toString()).ingest(new ReferenceFileCommand(
            ReferenceFileCommand.Kind.STATION_LIST, STATION_LIST, IngestionListener.NONE));
      }
      if (reference != null && Files.exists(reference.resolve(CORN))) {
        session.referenceFrom(reference.toString()).ingest(new ReferenceFileCommand(
            ReferenceFileCommand.Kind.CORN_PRODUCTION, CORN, IngestionListener.NONE));
      }
    }
  }

  /**
   * A reference folder for {@link #load}: the station list of the first {@code stations} generated stations (none
   * when 0) and a corn file with {@code productionKt} for each year from {@code firstYear} to {@code lastYear}.
   */
  static Path reference(int stations, int firstYear, int lastYear, IntUnaryOperator productionKt) throws IOException {
    Path reference = Files.createTempDirectory("reference");
    if (stations > 0) {
      SyntheticStationFiles.writeStationList(reference.resolve(STATION_LIST), stations, stations, 5);
    }
    Files.writeString(reference.resolve(CORN), IntStream.rangeClosed(firstYear, lastYear)
        .mapToObj(y -> y + "\t" + productionKt.applyAsInt(y) + "\n").collect(Collectors.joining()));
    return reference;
  }

  static DropwizardTestSupport<WeatherConfiguration> started(String databaseUrl) throws Exception {
    DropwizardTestSupport<WeatherConfiguration> app =
        new DropwizardTestSupport<>(WeatherApplication.class, ServiceJar.CONFIG.toString(), overrides(databaseUrl));
    app.before();
    return app;
  }
}
