package io.weatherdata.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.adapter.out.s3.TestS3;
import io.weatherdata.adapter.out.secrets.AwsJsonStub;
import io.weatherdata.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Lambda jar this build ships, run as Lambda runs it: each function in its own JVM under the AWS Lambda Java
 * Runtime Interface Client, fed events over the Runtime API ({@link ExecutionEnvironment}). Everything that names
 * a function comes from the dev stage's synthesized ingestion template, never from a literal: the jar is the asset
 * its code points at, the handler strings, the environment variables (their {@code Ref}s stood in for by local
 * names), the schedule, the S3 notification's filter and the completion rule's event pattern. The peers are real
 * servers on this machine: PostgreSQL, S3Mock, and WireMock answering as Secrets Manager and EventBridge.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShippedLambdaJarIT {
  private static final ObjectMapper JSON = IngestionTemplate.JSON;
  private static final Path STATIONS = Path.of("..", "sample-data", "stations");
  private static final Path RUNTIME_CLIENT = Path.of(System.getProperty("weather.lambdaRuntime",
      "target/lambda-runtime/missing"));

  /**
   * Secrets Manager and EventBridge: both speak AWS JSON 1.1 on {@code POST /}, told apart by X-Amz-Target. Its
   * stubs and journal last the class: the functions read the secret once, at initialisation.
   */
  @RegisterExtension
  static WireMockExtension aws = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
      .resetOnEachTest(false).build();

  private static IngestionTemplate ingestion;
  private static Jdbi jdbi;
  private static S3Client s3;
  private static Map<String, ExecutionEnvironment> functions;
  private static Map<String, Map<String, String>> environments;

  @BeforeAll
  static void start() throws IOException {
    ingestion = new IngestionTemplate(Synthesized.dev());
    String url = TestPostgres.freshDatabase();
    jdbi = TestPostgres.jdbi(url);
    s3 = TestS3.client();
    aws.stubFor(AwsJsonStub.operation("AWSEvents.PutEvents").willReturn(AwsJsonStub.answer(
        "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"" + UUID.randomUUID() + "\"}]}")));
    functions = new HashMap<>();
    environments = new HashMap<>();
    for (Map.Entry<String, JsonNode> target : Map.of(
        "schedule", ingestion.target(ingestion.scheduleRule()),
        "completion", ingestion.target(ingestion.completionRule()),
        "s3", ingestion.s3Target()).entrySet()) {
      JsonNode function = target.getValue();
      Map<String, String> environment = environment(function, URI.create(url.substring("jdbc:".length())));
      environments.put(target.getKey(), environment);
      functions.put(target.getKey(), start(function, function.at("/Properties/Handler").asText(), environment));
    }
  }

  @AfterAll
  static void stop() {
    functions.values().forEach(ExecutionEnvironment::close);
  }

  @Test
  @Order(1)
  void theDailyScheduleRunsAnIngestionOfTheWholePrefixThatAnnouncesItsCompletion() throws Exception {
    long lines = 0;
    for (Path file : stationFiles()) {
      upload(file);
      lines += Files.readAllLines(file).size();
    }
    JsonNode response = response(functions.get("schedule"), ingestion.scheduledEvent());

    assertThat(response.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(response.path("files_loaded").asInt()).isEqualTo(stationFiles().size());
    assertThat(response.path("rows_inserted").asLong()).isEqualTo(lines);
    assertThat(count("SELECT count(*) FROM observations")).isEqualTo(lines);
    JsonNode metrics = metrics(functions.get("schedule"));
    assertThat(metrics.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("WeatherData");
    assertThat(metrics.path("IngestedRows").asLong()).isEqualTo(lines);
    assertThat(metrics.path("RejectedRows").asLong()).isZero();
    assertThat(putEvents()).hasSize(1);
  }

  @Test
  @Order(2)
  void theCompletionEventMatchesTheRuleAndItsFunctionComputesEveryStationYear() throws Exception {
    JsonNode response = response(functions.get("completion"), ingestion.deliveredCompletion(putEvents().get(0)));

    long stationYears = stationYears();
    assertThat(response.path("station_years_written").asLong()).isEqualTo(stationYears);
    assertThat(count("SELECT count(*) FROM yearly_stats")).isEqualTo(stationYears);
    assertThat(count("SELECT count(*) FROM pending_yearly_stats")).isZero();
    assertThat(metrics(functions.get("completion")).path("StationYearsWritten").asLong()).isEqualTo(stationYears);
  }

  @Test
  @Order(3)
  void anObjectThatS3NotifiesIsIngestedAlone() throws Exception {
    Path changed = Files.createTempDirectory("shipped-lambda").resolve(stationFiles().get(1).getFileName());
    List<String> lines = Files.readAllLines(stationFiles().get(1));
    String date = lines.get(0).substring(0, 8);
    lines.set(0, date + "\t  123\t   45\t    6");
    Files.write(changed, lines);
    upload(changed);

    JsonNode response = response(functions.get("s3"), s3Event(changed));

    assertThat(response.path("files_seen").asInt()).isEqualTo(1);
    assertThat(response.path("rows_updated").asLong()).isEqualTo(1);
    assertThat(response.path("rows_inserted").asLong()).isZero();
    String stored = jdbi.withHandle(h -> h.createQuery("SELECT max_temp_c::text FROM observations"
        + " WHERE station_id = :station AND date = to_date(:date, 'YYYYMMDD')")
        .bind("station", changed.getFileName().toString().replace(".txt", "")).bind("date", date)
        .mapTo(String.class).one());
    assertThat(stored).isEqualTo("12.3");
    assertThat(metrics(functions.get("s3")).path("UpdatedRows").asLong()).isEqualTo(1);
  }

  @Test
  @Order(4)
  void anEventAFunctionRefusesIsReportedAsThatInvocationsErrorAndTheEnvironmentServesTheNext() throws Exception {
    ExecutionEnvironment analysis = functions.get("completion");

    ExecutionEnvironment.Answer refused = analysis.invoke(IngestionTemplate.fixture("scheduled-event.json").toString());

    assertThat(refused.ok()).isFalse();
    assertThat(refused.errorType()).isEqualTo("Runtime.UserException");
    JsonNode error = JSON.readTree(refused.body());
    assertThat(error.path("errorType").asText()).isEqualTo(IllegalArgumentException.class.getName());
    assertThat(error.path("errorMessage").asText()).contains("Scheduled Event");
    assertThat(analysis.invoke(IngestionTemplate.fixture("ingestion-completed.json").toString()).ok()).isTrue();
  }

  @Test
  @Order(5)
  void aHandlerStringNamingNoClassOfTheJarFailsTheInvocation() throws Exception {
    JsonNode function = ingestion.target(ingestion.scheduleRule());
    String handler = function.at("/Properties/Handler").asText().replace("Function::", "Functoin::");

    try (ExecutionEnvironment misnamed = start(function, handler, environments.get("schedule"))) {
      ExecutionEnvironment.Answer answer = misnamed.invoke(IngestionTemplate.fixture("scheduled-event.json")
          .toString());

      assertThat(answer.ok()).isFalse();
      assertThat(answer.body()).contains("ClassNotFoundException").contains("Functoin");
    }
  }

  /** A function of the template in its own environment: its code asset, the given handler and environment. */
  private static ExecutionEnvironment start(JsonNode function, String handler,
      Map<String, String> environment) throws IOException {
    String name = function.at("/Properties/FunctionName").asText();
    return new ExecutionEnvironment(ingestion.codeAsset(function), RUNTIME_CLIENT, name, handler, environment,
        Files.createDirectories(Path.of("target", "lambda-logs")).resolve(name + "-" + UUID.randomUUID() + ".log"));
  }

  /**
   * The function's environment variables from the template, a {@code Ref} standing for a local name; the endpoints
   * of the local stand-ins for S3, EventBridge and Secrets Manager; and the secret the template names, served with
   * the test database's coordinates.
   */
  private static Map<String, String> environment(JsonNode function, URI database) {
    Map<String, String> environment = IngestionTemplate.variables(function);
    environment.put("S3_ENDPOINT", TestS3.endpoint());
    environment.put("EVENTS_ENDPOINT", aws.baseUrl());
    environment.put("SECRETS_ENDPOINT", aws.baseUrl());
    String secretId = environment.get("DATABASE_SECRET_ID");
    ObjectNode secret = JSON.createObjectNode().put("engine", "postgres").put("host", database.getHost())
        .put("port", database.getPort()).put("dbname", database.getPath().substring(1))
        .put("username", EmbeddedPostgresServer.SUPERUSER).put("password", "unused-by-trust-authentication");
    aws.stubFor(AwsJsonStub.operation("secretsmanager.GetSecretValue")
        .withRequestBody(matchingJsonPath("$.SecretId", equalTo(secretId)))
        .willReturn(AwsJsonStub.answer(JSON.createObjectNode().put("Name", secretId)
            .put("SecretString", secret.toString()).toString())));
    if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(environment.get("RAW_BUCKET")))) {
      s3.createBucket(b -> b.bucket(environment.get("RAW_BUCKET")));
    }
    return environment;
  }

  /** The notification S3 sends for a new object that passes the template's key filter. */
  private static ObjectNode s3Event(Path file) throws IOException {
    String key = rawPrefix() + file.getFileName();
    ingestion.s3Notification().at("/Filter/Key/FilterRules").forEach(filter -> assertThat(
        filter.path("Name").asText().equals("prefix") ? key.startsWith(filter.path("Value").asText())
            : key.endsWith(filter.path("Value").asText())).as("%s passes %s", key, filter).isTrue());
    ObjectNode event = IngestionTemplate.fixture("s3-object-created.json");
    ObjectNode record = (ObjectNode) event.withArray("Records").get(0);
    event.putArray("Records").add(record);
    ObjectNode s3 = (ObjectNode) record.get("s3");
    ((ObjectNode) s3.get("bucket")).put("name", ingestion.notifyingBucket())
        .put("arn", "arn:aws:s3:::" + ingestion.notifyingBucket());
    ((ObjectNode) s3.get("object")).put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"))
        .put("size", Files.size(file));
    return event;
  }

  private static JsonNode response(ExecutionEnvironment function, JsonNode event) throws IOException {
    ExecutionEnvironment.Answer answer = function.invoke(event.toString());
    assertThat(answer.ok()).as("%s %s", answer.errorType(), answer.body()).isTrue();
    return JSON.readTree(answer.body());
  }

  private static List<JsonNode> putEvents() {
    return IngestionTemplate.putEventEntries(aws.getAllServeEvents());
  }

  /** The last EMF record the function printed. */
  private static JsonNode metrics(ExecutionEnvironment function) throws IOException {
    JsonNode last = null;
    for (String line : function.logLines()) {
      if (line.startsWith("{") && JSON.readTree(line).has("_aws")) {
        last = JSON.readTree(line);
      }
    }
    assertThat(last).as("an EMF line in %s", function.logLines()).isNotNull();
    return last;
  }

  private static List<Path> stationFiles() throws IOException {
    try (Stream<Path> files = Files.list(STATIONS)) {
      return files.sorted().toList();
    }
  }

  /** Distinct (file, year) pairs of the sample files, counted from their lines' first four characters. */
  private static long stationYears() throws IOException {
    long pairs = 0;
    for (Path file : stationFiles()) {
      pairs += Files.readAllLines(file).stream().map(line -> line.substring(0, 4)).distinct().count();
    }
    return pairs;
  }

  private static String rawPrefix() {
    return environments.get("schedule").get("RAW_PREFIX");
  }

  /** Into the bucket and prefix the ingestion functions read. */
  private static void upload(Path file) {
    s3.putObject(b -> b.bucket(environments.get("schedule").get("RAW_BUCKET")).key(rawPrefix() + file.getFileName()),
        RequestBody.fromFile(file));
  }

  private static long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
