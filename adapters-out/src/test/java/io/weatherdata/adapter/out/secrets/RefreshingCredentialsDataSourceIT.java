package io.weatherdata.adapter.out.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Secret rotation against a real PostgreSQL that checks passwords (SCRAM) for one role. */
class RefreshingCredentialsDataSourceIT {
  private static final String ROLE = "rotating_app";
  private static String host;
  private static int port;
  private static String database;

  @BeforeAll
  static void aRoleThatNeedsItsPassword() throws Exception {
    String url = TestPostgres.freshDatabase();
    URI uri = URI.create(url.substring("jdbc:".length()));
    host = uri.getHost();
    port = uri.getPort();
    database = uri.getPath().substring(1);
    TestPostgres.passwordRole(ROLE, "rotated-password-2", false);
  }

  @Test
  void aRejectedPasswordMakesItReReadTheSecretOnceAndConnect() throws SQLException {
    AtomicInteger reads = new AtomicInteger();
    RefreshingCredentialsDataSource dataSource = new RefreshingCredentialsDataSource(pool(),
        credentials("rotated-password-1"), counting(reads, credentials("rotated-password-2")));

    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.isValid(2)).isTrue();
    }
    assertThat(reads).hasValue(1);
  }

  @Test
  void aSecretThatIsStillWrongAfterTheReReadFailsWithTheDatabaseError() {
    AtomicInteger reads = new AtomicInteger();
    RefreshingCredentialsDataSource dataSource = new RefreshingCredentialsDataSource(pool(),
        credentials("stale"), counting(reads, credentials("still-stale")));

    assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(RefreshingCredentialsDataSource.authenticationFailed(e)).isTrue());
    assertThat(reads).hasValue(1);
  }

  @Test
  void otherFailuresDoNotReReadTheSecret() {
    AtomicInteger reads = new AtomicInteger();
    DatabaseCredentials noSuchDatabase = new DatabaseCredentials(host, port, "no_such_db", ROLE, "rotated-password-2");
    RefreshingCredentialsDataSource dataSource =
        new RefreshingCredentialsDataSource(pool(), noSuchDatabase, counting(reads, noSuchDatabase));

    assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
    assertThat(reads).hasValue(0);
  }

  private static DatabaseCredentials credentials(String password) {
    return new DatabaseCredentials(host, port, database, ROLE, password);
  }

  private static Supplier<DatabaseCredentials> counting(AtomicInteger reads, DatabaseCredentials next) {
    return () -> {
      reads.incrementAndGet();
      return next;
    };
  }

  private static DataSource pool() {
    PoolProperties properties = new PoolProperties();
    properties.setDriverClassName("org.postgresql.Driver");
    properties.setInitialSize(0);
    properties.setMaxActive(2);
    return new DataSource(properties);
  }
}
