package io.weatherdata.adapter.out.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseCredentialsTest {
  private static final String PASSWORD = "pa55Word";

  @Test
  void theRdsSecretShapeBecomesCredentialsAndAJdbcUrl() {
    DatabaseCredentials credentials = DatabaseCredentials.fromSecretJson("""
        {"username":"app","password":"pa55Word","engine":"postgres","host":"db.example","port":6432,"dbname":"wx"}""");

    assertThat(credentials).isEqualTo(new DatabaseCredentials("db.example", 6432, "wx", "app", PASSWORD));
    assertThat(credentials.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6432/wx");
  }

  @Test
  void thePortMayBeAString() {
    assertThat(DatabaseCredentials.fromSecretJson("""
        {"username":"app","password":"pw","host":"db","port":"5433"}""").port()).isEqualTo(5433);
  }

  @Test
  void withoutDbnameAndPortTheDefaultsArePostgresAnd5432() {
    assertThat(DatabaseCredentials.fromSecretJson("""
        {"username":"app","password":"pw","host":"db"}""").jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/postgres");
  }

  @ParameterizedTest
  @ValueSource(strings = {"username", "password", "host"})
  void aMissingRequiredFieldIsNamed(String field) {
    String secret = """
        {"username":"app","password":"pa55Word","host":"db"}""".replace("\"" + field + "\"", "\"other\"");

    assertThatThrownBy(() -> DatabaseCredentials.fromSecretJson(secret))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'" + field + "'")
        .message().doesNotContain(PASSWORD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pa55Word", "{\"password\":\"pa55Word\"", "[\"pa55Word\"]", ""})
  void aSecretThatIsNotAJsonObjectIsRejectedWithoutEchoingIt(String secret) {
    assertThatThrownBy(() -> DatabaseCredentials.fromSecretJson(secret))
        .isInstanceOf(IllegalStateException.class)
        .hasNoCause()
        .message().doesNotContain(PASSWORD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"five\"", "0", "70000", "{}"})
  void aPortThatIsNoPortNumberIsRejected(String port) {
    assertThatThrownBy(() -> DatabaseCredentials.fromSecretJson(
        "{\"username\":\"app\",\"password\":\"pw\",\"host\":\"db\",\"port\":" + port + "}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'port'");
  }

  @Test
  void toStringHidesThePassword() {
    assertThat(new DatabaseCredentials("db", 5432, "wx", "app", PASSWORD).toString())
        .contains("username=app", "password=****")
        .doesNotContain(PASSWORD);
  }
}
