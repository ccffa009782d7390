package io.weatherdata.adapter.out.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/** Where and as whom the service connects to PostgreSQL. {@link #toString()} never shows the password. */
public record DatabaseCredentials(String host, int port, String database, String username, String password) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_PORT = 5432;
  private static final String DEFAULT_DATABASE = "postgres";

  public DatabaseCredentials {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }

  /**
   * Reads the JSON shape of RDS-managed secrets: {@code username}, {@code password}, {@code host}, {@code port}
   * (number or string, default 5432), {@code dbname} (default "postgres"). A problem is an
   * {@link IllegalStateException} that names the field, never a value.
   */
  static DatabaseCredentials fromSecretJson(String secretJson) {
    JsonNode secret = readObject(secretJson);
    return new DatabaseCredentials(
        requiredText(secret, "host"),
        port(secret),
        optionalText(secret, "dbname", DEFAULT_DATABASE),
        requiredText(secret, "username"),
        requiredText(secret, "password"));
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    return "DatabaseCredentials[host=" + host + ", port=" + port + ", database=" + database
        + ", username=" + username + ", password=****]";
  }

  private static JsonNode readObject(String json) {
    JsonNode secret;
    try {
      secret = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the input, so neither it nor the exception goes any further
      throw new IllegalStateException("the secret is not valid JSON (" + e.getClass().getSimpleName() + ")");
    }
    if (secret == null || !secret.isObject()) {
      throw new IllegalStateException("the secret is not a JSON object");
    }
    return secret;
  }

  private static String requiredText(JsonNode secret, String field) {
    JsonNode value = secret.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalStateException("the secret has no text field '" + field + "'");
    }
    return value.asText();
  }

  private static String optionalText(JsonNode secret, String field, String fallback) {
    JsonNode value = secret.path(field);
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : fallback;
  }

  private static int port(JsonNode secret) {
    JsonNode value = secret.path("port");
    if (value.isMissingNode() || value.isNull()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(value.asText().trim());
      if (port >= 1 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException("the secret's 'port' is not a port number");
  }
}
