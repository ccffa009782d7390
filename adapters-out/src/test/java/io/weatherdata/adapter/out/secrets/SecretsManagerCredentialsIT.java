package io.weatherdata.adapter.out.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.weatherdata.adapter.out.secrets.AwsJsonStub.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The real Secrets Manager client over HTTP against WireMock answering as the service documents. */
class SecretsManagerCredentialsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET_ID = "weather/db";
  private static final String PASSWORD = "S3cr3tPassw0rd";
  private static final String ROTATED_PASSWORD = "R0tatedPassw0rd";

  @RegisterExtension
  static WireMockExtension secretsManager = AwsJsonStub.server();

  private static SecretsManagerClient client;

  @BeforeAll
  static void buildClient() {
    client = AwsJsonStub.client(SecretsManagerClient.builder(), secretsManager);
  }

  @AfterAll
  static void closeClient() {
    client.close();
  }

  @Test
  void theSecretIsRequestedByIdOverTheAwsJsonProtocol() throws Exception {
    secretsManager.stubFor(getSecretValue().willReturn(secretValue(rdsSecret(PASSWORD))));

    new SecretsManagerCredentials(client, SECRET_ID).current();

    LoggedRequest request = secretsManager.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
    assertThat(request.getHeader("X-Amz-Target")).isEqualTo("secretsmanager.GetSecretValue");
    assertThat(request.getHeader("Content-Type")).startsWith(AwsJsonStub.CONTENT_TYPE);
    assertThat(request.getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/");
    assertThat(JSON.readTree(request.getBodyAsString()).path("SecretId").asText()).isEqualTo(SECRET_ID);
  }

  @Test
  void theSecretIsReadOnceThenServedFromTheCache() {
    secretsManager.stubFor(getSecretValue().willReturn(secretValue(rdsSecret(PASSWORD))));
    SecretsManagerCredentials credentials = new SecretsManagerCredentials(client, SECRET_ID);

    DatabaseCredentials first = credentials.current();
    DatabaseCredentials second = credentials.current();

    assertThat(second).isSameAs(first)
        .isEqualTo(new DatabaseCredentials("db.internal", 5432, "weather", "weather_app", PASSWORD));
    assertThat(first.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/weather");
    assertThat(first.toString()).contains("password=****").doesNotContain(PASSWORD);
    secretsManager.verify(1, postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void concurrentFirstCallsReadTheSecretOnce() throws Exception {
    secretsManager.stubFor(getSecretValue().willReturn(secretValue(rdsSecret(PASSWORD)).withFixedDelay(200)));
    SecretsManagerCredentials credentials = new SecretsManagerCredentials(client, SECRET_ID);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<DatabaseCredentials>> results =
          threads.invokeAll(Collections.nCopies(8, (Callable<DatabaseCredentials>) credentials::current));
      for (Future<DatabaseCredentials> result : results) {
        assertThat(result.get().password()).isEqualTo(PASSWORD);
      }
    } finally {
      threads.shutdownNow();
    }
    secretsManager.verify(1, postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void refreshAfterARotationReadsTheNewPassword() {
    secretsManager.stubFor(getSecretValue().inScenario("rotation").whenScenarioStateIs(STARTED)
        .willReturn(secretValue(rdsSecret(PASSWORD))).willSetStateTo("rotated"));
    secretsManager.stubFor(getSecretValue().inScenario("rotation").whenScenarioStateIs("rotated")
        .willReturn(secretValue(rdsSecret(ROTATED_PASSWORD))));
    SecretsManagerCredentials credentials = new SecretsManagerCredentials(client, SECRET_ID);

    assertThat(credentials.current().password()).isEqualTo(PASSWORD);
    assertThat(credentials.current().password()).isEqualTo(PASSWORD);
    assertThat(credentials.refresh().password()).isEqualTo(ROTATED_PASSWORD);
    assertThat(credentials.current().password()).isEqualTo(ROTATED_PASSWORD);
    secretsManager.verify(2, postRequestedFor(urlEqualTo("/")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ResourceNotFoundException | Secrets Manager can't find the specified secret.
      AccessDeniedException     | User is not authorized to perform: secretsmanager:GetSecretValue
      """)
  void aServiceErrorFailsNamingTheSecretAndTheErrorCode(String errorCode, String message) {
    secretsManager.stubFor(getSecretValue().willReturn(AwsJsonStub.error(errorCode, message)));

    assertThatThrownBy(() -> new SecretsManagerCredentials(client, SECRET_ID).current())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'" + SECRET_ID + "'")
        .hasMessageContaining(errorCode);
  }

  @Test
  void aSecretThatIsNotJsonFailsWithoutEchoingIt() {
    secretsManager.stubFor(getSecretValue().willReturn(secretValue("plain" + PASSWORD)));

    assertThatThrownBy(() -> new SecretsManagerCredentials(client, SECRET_ID).current())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'" + SECRET_ID + "'")
        .hasMessageContaining("not valid JSON")
        .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain(PASSWORD));
  }

  @Test
  void aSecretWithoutAPasswordFailsNamingTheFieldOnly() {
    secretsManager.stubFor(getSecretValue().willReturn(secretValue(
        "{\"username\":\"weather_app\",\"host\":\"db.internal\",\"passwd\":\"" + PASSWORD + "\"}")));

    assertThatThrownBy(() -> new SecretsManagerCredentials(client, SECRET_ID).current())
        .hasMessageContaining("'password'")
        .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain(PASSWORD));
  }

  private static MappingBuilder getSecretValue() {
    return AwsJsonStub.operation("secretsmanager.GetSecretValue");
  }

  private static String rdsSecret(String password) {
    return json(Map.of("username", "weather_app", "password", password, "engine", "postgres",
        "host", "db.internal", "port", 5432, "dbname", "weather"));
  }

  private static ResponseDefinitionBuilder secretValue(String secretString) {
    return answer(json(Map.of(
        "ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + SECRET_ID + "-AbCdEf",
        "Name", SECRET_ID,
        "VersionId", "EXAMPLE1-90ab-cdef-fedc-ba987SECRET1",
        "SecretString", secretString,
        "VersionStages", List.of("AWSCURRENT"))));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stackTraceOf(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
