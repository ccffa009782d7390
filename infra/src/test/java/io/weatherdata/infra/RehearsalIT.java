package io.weatherdata.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.adapter.out.s3.TestS3;
import io.weatherdata.adapter.out.secrets.AwsJsonStub;
import io.weatherdata.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The whole AWS design rehearsed on one machine with the artifacts that ship, printed like a deploy log: raw files
 * uploaded to S3 (S3Mock), the daily schedule firing the ingestion function (the slim jar under the Lambda runtime
 * client), its IngestionCompleted event routed by the completion rule's pattern to the analysis function, the
 * database credentials read from a Secrets Manager stand-in by a role that must give its password (SCRAM), the
 * Elastic Beanstalk bundle deployed as Elastic Beanstalk runs it (its {@code .ebextensions} migration, then its
 * {@code Procfile}) with the environment the template gives it; then the API must answer exactly what the same
 * bundle answers over a folder ingestion of the same files. Everything that names a function, a handler, a
 * variable, a rule or the bundle comes from the synthesized templates. {@code ./rehearse [folder]} runs it on a
 * folder of your choice ({@code -Drehearsal.data}); verify runs it on {@code sample-data/stations}.
 */
class RehearsalIT {
  private static final Path DATA = Path.of(System.getProperty("rehearsal.data", "../sample-data/stations"));
  private static final Path RUNTIME_CLIENT = Path.of(System.getProperty("weather.lambdaRuntime",
      "target/lambda-runtime/missing"));
  private static final String ROLE = "rehearsal_app";
  private static final String CURSOR_SECRET = "rehearsal-cursor-secret-0123456789";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final long start = System.nanoTime();
  private final List<AutoCloseable> running = new ArrayList<>();

  @AfterEach
  void stopEverything() throws Exception {
    for (int i = running.size() - 1; i >= 0; i--) {
      running.get(i).close();
    }
  }

  @Test
  void theScheduledChainIngestsAnalysesAndServesWhatAFolderIngestionServes() throws Exception {
    log("rehearsal", "data " + DATA.toAbsolutePath().normalize());
    IngestionTemplate ingestion = step("synth", () -> new IngestionTemplate(Synthesized.dev()),
        t -> "dev stage synthesized into " + t.dev.outdir);
    String password = UUID.randomUUID().toString();
    String database = step("database", () -> {
      String url = TestPostgres.emptyDatabase();
      TestPostgres.passwordRole(ROLE, password, true);
      return url;
    }, url -> "PostgreSQL " + url.replaceFirst(".*//", "") + ", role " + ROLE + " with scram-sha-256 password"
        + " authentication, no schema yet");
    WireMockServer aws = step("aws", this::standIns,
        server -> "Secrets Manager and EventBridge stand-ins at " + server.baseUrl());

    JsonNode ingest = ingestion.target(ingestion.scheduleRule());
    Map<String, String> ingestEnvironment = lambdaEnvironment(ingest, aws);
    String bucket = ingestEnvironment.get("RAW_BUCKET");
    String prefix = ingestEnvironment.get("RAW_PREFIX");
    List<Path> files = step("upload", () -> upload(bucket, prefix), uploaded -> uploaded.size() + " files, "
        + megabytes(uploaded) + " MB to s3://" + bucket + "/" + prefix + " (S3Mock)");

    Path bundle = step("bundle", () -> bundle(ingestion.dev), b -> "Elastic Beanstalk source bundle " + b
        + ": " + String.join(", ", list(b)));
    Map<String, String> apiEnvironment = apiEnvironment(ingestion.dev, aws);
    String secretId = apiEnvironment.get("DATABASE_SECRET_ID");
    step("secret", () -> serveSecret(aws, secretId, database, password), id -> id + " (named alike by the Elastic "
        + "Beanstalk environment and the functions) answered as RDS JSON for " + ROLE);
    assertThat(ingestEnvironment.get("DATABASE_SECRET_ID")).isEqualTo(secretId);
    step("migrate", () -> run(bundle, ebextensionsCommand(bundle), apiEnvironment),
        output -> "the bundle's .ebextensions command, credentials from DATABASE_SECRET_ID="
            + apiEnvironment.get("DATABASE_SECRET_ID"));

    ExecutionEnvironment ingestFunction = function(ingestion, ingest, ingestEnvironment);
    ObjectNode schedule = ingestion.scheduledEvent();
    JsonNode ingested = step("schedule", () -> answer(ingestFunction.invoke(schedule.toString())),
        r -> ingestion.scheduleRule().at("/Properties/ScheduleExpression").asText() + " fired at "
            + schedule.get("time").asText() + " -> " + ingest.at("/Properties/Handler").asText() + ": "
            + r.path("status").asText() + ", " + r.path("files_loaded").asInt() + " files, "
            + r.path("rows_inserted").asLong() + " rows, " + r.path("rows_rejected").asLong() + " rejected");
    assertThat(ingested.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(ingested.path("files_loaded").asInt()).isEqualTo(files.size());

    List<JsonNode> announced = IngestionTemplate.putEventEntries(aws.getAllServeEvents());
    assertThat(announced).hasSize(1);
    ObjectNode completed = step("event", () -> ingestion.deliveredCompletion(announced.get(0)),
        e -> e.get("detail-type").asText() + " on bus " + announced.get(0).path("EventBusName").asText()
            + " matches the completion rule's pattern " + ingestion.completionRule().at("/Properties/EventPattern"));
    JsonNode analyse = ingestion.target(ingestion.completionRule());
    ExecutionEnvironment analysisFunction = function(ingestion, analyse, lambdaEnvironment(analyse, aws));
    JsonNode analysed = step("analysis", () -> answer(analysisFunction.invoke(completed.toString())),
        r -> analyse.at("/Properties/Handler").asText() + ": " + r.path("station_years_written").asLong()
            + " station-years written");
    assertThat(analysed.path("station_years_written").asLong()).isPositive();

    String api = step("api", () -> serve(bundle, apiEnvironment), base -> "the bundle's Procfile (web) at " + base
        + ", healthy");
    String reference = step("reference", () -> folderReference(bundle), base -> "the same bundle over `ingest "
        + "config.yml <folder>` into a trusted database, at " + base);
    Map<String, Integer> compared = step("compare", () -> compare(api, reference, files), counts -> counts
        + " items: equal, page for page");
    assertThat(compared.values()).allMatch(items -> items > 0);
    log("done", "the chain schedule -> ingestion -> event -> analysis -> API served what a folder ingestion serves");
  }

  /** Secrets Manager and EventBridge: WireMock accepting PutEvents (the secret is served once its name is read). */
  private WireMockServer standIns() {
    WireMockServer aws = new WireMockServer(wireMockConfig().dynamicPort());
    aws.start();
    running.add(aws::stop);
    aws.stubFor(AwsJsonStub.operation("AWSEvents.PutEvents").willReturn(AwsJsonStub.answer(
        "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"" + UUID.randomUUID() + "\"}]}")));
    return aws;
  }

  /** The database secret as RDS keeps it (host, port, dbname, username, password), under that name only. */
  private static String serveSecret(WireMockServer aws, String secretId, String database, String password) {
    URI url = URI.create(database.substring("jdbc:".length()));
    String secret = IngestionTemplate.JSON.createObjectNode().put("engine", "postgres").put("host", url.getHost())
        .put("port", url.getPort()).put("dbname", url.getPath().substring(1)).put("username", ROLE)
        .put("password", password).toString();
    aws.stubFor(AwsJsonStub.operation("secretsmanager.GetSecretValue")
        .withRequestBody(matchingJsonPath("$.SecretId", equalTo(secretId)))
        .willReturn(AwsJsonStub.answer(IngestionTemplate.JSON.createObjectNode().put("Name", secretId)
            .put("SecretString", secret).toString())));
    return secretId;
  }

  /** The function's variables from the template, and the endpoints of the local stand-ins. */
  private static Map<String, String> lambdaEnvironment(JsonNode function, WireMockServer aws) {
    Map<String, String> environment = IngestionTemplate.variables(function);
    environment.put("S3_ENDPOINT", TestS3.endpoint());
    environment.put("EVENTS_ENDPOINT", aws.baseUrl());
    environment.put("SECRETS_ENDPOINT", aws.baseUrl());
    return environment;
  }

  /**
   * The Elastic Beanstalk environment's variables from the API template (secrets it resolves itself stand in for
   * local values), the SDK's standard endpoint variable for the Secrets Manager stand-in, and free ports.
   */
  private static Map<String, String> apiEnvironment(Synthesized dev, WireMockServer aws) throws IOException {
    Map<String, String> environment = new HashMap<>();
    Cfn.optionSettings(Cfn.only(dev.json(dev.deployment.api()), "AWS::ElasticBeanstalk::Environment"))
        .forEach((option, value) -> {
          if (option.startsWith("aws:elasticbeanstalk:application:environment/")) {
            environment.put(option.substring(option.indexOf('/') + 1), IngestionTemplate.standIn(value));
          }
        });
    assertThat(environment).containsKey("DATABASE_SECRET_ID");
    environment.put("CURSOR_SECRET", CURSOR_SECRET);
    environment.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", aws.baseUrl());
    environment.putAll(awsProcess());
    return environment;
  }

  private static Map<String, String> awsProcess() throws IOException {
    return Map.of("AWS_REGION", ExecutionEnvironment.REGION, "AWS_ACCESS_KEY_ID", "AKIDTEST",
        "AWS_SECRET_ACCESS_KEY", "test-secret-key", "PORT", "" + freePort(), "ADMIN_PORT", "" + freePort());
  }

  private List<Path> upload(String bucket, String prefix) throws IOException {
    if (TestS3.client().listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
      TestS3.client().createBucket(b -> b.bucket(bucket));
    }
    List<Path> files = stationFiles();
    for (Path file : files) {
      TestS3.client().putObject(b -> b.bucket(bucket).key(prefix + file.getFileName()), RequestBody.fromFile(file));
    }
    return files;
  }

  /** The source bundle the API template's application version uploads, as the synthesis staged it. */
  private static Path bundle(Synthesized dev) {
    JsonNode version = Cfn.only(dev.json(dev.deployment.api()), "AWS::ElasticBeanstalk::ApplicationVersion");
    return IngestionTemplate.asset(dev, dev.deployment.api(), version.at("/Properties/SourceBundle/S3Key").asText());
  }

  /** The container command of the bundle's {@code .ebextensions}: what Elastic Beanstalk runs before a version. */
  private static List<String> ebextensionsCommand(Path bundle) throws IOException {
    Matcher command = Pattern.compile("command: \"([^\"]+)\"").matcher(Files.readString(bundle.resolve(
        ".ebextensions/10-db-migrate.config")));
    assertThat(command.find()).isTrue();
    return java(command.group(1));
  }

  /** The Procfile's web process, as Elastic Beanstalk's Java SE platform starts it. */
  private static List<String> procfileWeb(Path bundle) throws IOException {
    String web = Files.readAllLines(bundle.resolve("Procfile")).stream().filter(l -> l.startsWith("web:"))
        .findFirst().orElseThrow();
    return java(web.substring("web:".length()).trim());
  }

  /** A {@code java …} command line with this JDK's java. */
  private static List<String> java(String commandLine) {
    List<String> words = new ArrayList<>(Arrays.asList(commandLine.trim().split("\\s+")));
    assertThat(words.get(0)).isEqualTo("java");
    words.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return words;
  }

  private ExecutionEnvironment function(IngestionTemplate ingestion, JsonNode function,
      Map<String, String> environment) throws IOException {
    String name = function.at("/Properties/FunctionName").asText();
    ExecutionEnvironment started = new ExecutionEnvironment(ingestion.codeAsset(function), RUNTIME_CLIENT, name,
        function.at("/Properties/Handler").asText(), environment, Files.createDirectories(Path.of("target",
            "lambda-logs")).resolve("rehearsal-" + name + ".log"));
    running.add(started);
    return started;
  }

  private static JsonNode answer(ExecutionEnvironment.Answer answer) throws IOException {
    assertThat(answer.ok()).as("%s %s", answer.errorType(), answer.body()).isTrue();
    return IngestionTemplate.JSON.readTree(answer.body());
  }

  /** Runs a command in the bundle to its end; its output when it succeeds. */
  private static String run(Path bundle, List<String> command, Map<String, String> environment) throws Exception {
    Path log = Files.createTempFile("rehearsal", ".log");
    try {
      Process process = start(bundle, command, environment, log);
      assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(process.exitValue()).as(Files.readString(log)).isZero();
      return Files.readString(log);
    } finally {
      Files.delete(log);
    }
  }

  private static Process start(Path bundle, List<String> command, Map<String, String> environment, Path log)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(bundle.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return builder.start();
  }

  /** Starts the Procfile's web process and waits until its health check passes; its base URL. */
  private String serve(Path bundle, Map<String, String> environment) throws Exception {
    Path log = Files.createTempFile("rehearsal-api", ".log");
    Process process = start(bundle, procfileWeb(bundle), environment, log);
    running.add(() -> {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
      Files.deleteIfExists(log);
    });
    URI health = URI.create("http://127.0.0.1:" + environment.get("ADMIN_PORT") + "/healthcheck");
    for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); ; Thread.sleep(100)) {
      assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
      assertThat(System.nanoTime()).as("healthy within 60 s: " + Files.readString(log)).isLessThan(deadline);
      try {
        if (HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return "http://127.0.0.1:" + environment.get("PORT");
        }
      } catch (IOException notYetListening) {
        // still starting
      }
    }
  }

  /** The same bundle over a folder ingestion of the same files into a trusted database, serving. */
  private String folderReference(Path bundle) throws Exception {
    Map<String, String> environment = new HashMap<>(awsProcess());
    environment.putAll(Map.of("DATABASE_URL", TestPostgres.emptyDatabase(), "DATABASE_USER",
        EmbeddedPostgresServer.SUPERUSER, "DATABASE_PASSWORD", "", "CURSOR_SECRET", CURSOR_SECRET));
    run(bundle, ebextensionsCommand(bundle), environment);
    run(bundle, java("java -jar weather-service.jar ingest config.yml " + DATA.toAbsolutePath()), environment);
    return serve(bundle, environment);
  }

  /** Walks listings on both services page by page; every page must be the same bytes. Items per listing. */
  private static Map<String, Integer> compare(String api, String reference, List<Path> files) throws Exception {
    String station = files.get(0).getFileName().toString().replace(".txt", "");
    Map<String, Integer> items = new java.util.LinkedHashMap<>();
    for (String listing : List.of("/api/stations", "/api/weather/stats", "/api/weather/monthly",
        "/api/weather/normals", "/api/agronomy/seasons", "/api/weather?station_id=" + station)) {
      String first = listing + (listing.contains("?") ? "&" : "?") + "page_size=1000";
      int count = 0;
      for (String path = first; path != null; ) {
        String served = body(api + path);
        assertThat(served).as(path).isEqualTo(body(reference + path));
        JsonNode page = IngestionTemplate.JSON.readTree(served);
        count += page.path("data").size();
        JsonNode next = page.at("/page/next_cursor");
        path = next.isTextual() ? first + "&cursor=" + next.asText() : null;
      }
      items.put(listing, count);
    }
    return items;
  }

  private static String body(String url) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }

  private static List<Path> stationFiles() throws IOException {
    try (Stream<Path> files = Files.list(DATA)) {
      return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
          .toList();
    }
  }

  private static String megabytes(List<Path> files) {
    long bytes = files.stream().mapToLong(f -> f.toFile().length()).sum();
    return String.format("%.1f", bytes / 1e6);
  }

  private static List<String> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Runs one step and prints it like a deploy log: time since the start, the step, what it did, how long. */
  private <T> T step(String name, Callable<T> action, Function<T, String> describe) throws Exception {
    long began = System.nanoTime();
    T result = action.call();
    System.out.printf("[%7.1f s] %-9s %s (%.1f s)%n", (System.nanoTime() - start) / 1e9, name,
        describe.apply(result), (System.nanoTime() - began) / 1e9);
    return result;
  }

  private void log(String name, String message) {
    System.out.printf("[%7.1f s] %-9s %s%n", (System.nanoTime() - start) / 1e9, name, message);
  }
}
