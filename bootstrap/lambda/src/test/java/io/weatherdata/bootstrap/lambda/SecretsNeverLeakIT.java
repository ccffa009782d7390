package io.weatherdata.bootstrap.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.weatherdata.application.ingestion.model.IngestionEvents;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A known secret value, served as Secrets Manager serves it, for a role that must authenticate with its password
 * (SCRAM, not trust): it must appear in no log line and no error, when it works and when it is refused.
 */
class SecretsNeverLeakIT {
  private static final String ROLE = "leak_check";
  private static final String PASSWORD = "Kn0wnS3cretValue4711";
  private static final String WRONG_PASSWORD = "Wr0ngS3cretValue0815";
  private static final WireMockServer SECRETS = new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private static URI database;

  @BeforeAll
  static void start() throws Exception {
    System.setProperty("aws.accessKeyId", "AKIDTEST");
    System.setProperty("aws.secretAccessKey", "test-secret-key");
    System.setProperty("aws.region", "us-east-1");
    SECRETS.start();
    database = URI.create(TestPostgres.freshDatabase().substring("jdbc:".length()));
    TestPostgres.passwordRole(ROLE, PASSWORD, true);
  }

  @AfterAll
  static void stop() {
    SECRETS.stop();
  }

  @Test
  void aFunctionUsingTheSecretLogsNothingOfIt() {
    serveSecret("ok", rdsSecret(PASSWORD));

    String output = captured(() -> new IngestionCompletedAnalysisFunction(wiring("ok")).handleRequest(completed(),
        null));

    assertThat(output).contains("analysis finished").doesNotContain(PASSWORD);
  }

  @Test
  void aRefusedPasswordFailsWithoutRevealingIt() {
    serveSecret("refused", rdsSecret(WRONG_PASSWORD));
    Throwable[] failure = new Throwable[1];

    String output = captured(() -> failure[0] = catchThrowable(() -> new IngestionCompletedAnalysisFunction(
        wiring("refused")).handleRequest(completed(), null)));

    assertThat(failure[0]).isNotNull();
    StringWriter trace = new StringWriter();
    failure[0].printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).contains("password authentication failed for user \"" + ROLE + "\"")
        .doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD);
    assertThat(output).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD);
  }

  /** The JSON shape of an RDS-managed secret, for the password role on the test server. */
  private static String rdsSecret(String password) {
    return "{\"username\":\"" + ROLE + "\",\"password\":\"" + password + "\",\"engine\":\"postgres\",\"host\":\""
        + database.getHost() + "\",\"port\":" + database.getPort() + ",\"dbname\":\"" + database.getPath().substring(1)
        + "\"}";
  }

  private static ScheduledEvent completed() {
    ScheduledEvent event = new ScheduledEvent();
    event.setDetailType(IngestionEvents.COMPLETED);
    return event;
  }

  @Test
  void anUnusableSecretFailsWithoutRevealingIt() {
    serveSecret("broken", "{\"username\":\"postgres\",\"password\":\"" + PASSWORD + "\",\"port\":\"not-a-port\"}");
    Throwable[] failure = new Throwable[1];

    String output = captured(() -> failure[0] = catchThrowable(() -> wiring("broken")));

    assertThat(failure[0]).isNotNull();
    StringWriter trace = new StringWriter();
    failure[0].printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(PASSWORD);
    assertThat(output).doesNotContain(PASSWORD);
  }

  private static LambdaWiring wiring(String secretId) {
    return new LambdaWiring(LambdaSettings.from(Map.of("DATABASE_SECRET_ID", secretId, "RAW_BUCKET", "unused",
        "SECRETS_ENDPOINT", SECRETS.baseUrl())));
  }

  private static void serveSecret(String id, String json) {
    String body = "{\"Name\":\"" + id + "\",\"ARN\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:" + id
        + "\",\"SecretString\":" + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(json) + "}";
    SECRETS.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"" + id + "\""))
        .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body)));
  }

  private static String captured(Runnable action) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      action.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
