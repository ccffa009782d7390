package io.weatherdata.bootstrap;

import io.dropwizard.db.DataSourceFactory;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.ManagedDataSource;
import io.weatherdata.adapter.out.secrets.RefreshingCredentialsDataSource;
import io.weatherdata.embedded.EmbeddedPostgresServer;
import io.weatherdata.adapter.out.secrets.DatabaseCredentials;
import io.weatherdata.adapter.out.secrets.SecretsManagerCredentials;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which PostgreSQL the process uses: the one a Secrets Manager secret describes ({@code aws.databaseSecretId}),
 * the one {@code database.url} names, or, when it is {@value #EMBEDDED}, the embedded server (started once per process,
  * stopped when the process exits). Logs the choice, never the
 * password.
 */
final class DatabaseConnector {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseConnector.class);
  /** The {@code database.url} that selects the embedded server. */
  static final String EMBEDDED = "embedded";
  private static EmbeddedPostgresServer embedded;
  private static SecretsManagerCredentials secret;

  /** A pool, and what JDBI should use: the pool itself, or (with a secret) the pool re-reading rotated credentials. */
  record Database(ManagedDataSource pool, DataSource dataSource) {}

  static Database connect(WeatherConfiguration configuration, MetricRegistry metrics, String name) {
    ManagedDataSource pool = resolve(configuration).build(metrics, name);
    if (secret == null) {
      return new Database(pool, pool);
    }
    SecretsManagerCredentials credentials = secret;
    return new Database(pool,
        new RefreshingCredentialsDataSource((DataSourceProxy) pool, credentials.current(), credentials::refresh));
  }

  private DatabaseConnector() {}

  static synchronized DataSourceFactory resolve(WeatherConfiguration configuration) {
    DataSourceFactory database = configuration.getDatabase();
    Optional<String> secretId = configuration.getAws().databaseSecretId();
    if (secretId.isPresent()) {
      if (secret == null) {
        secret = SecretsManagerCredentials.of(secretId.get(), Optional.empty());
        LOG.info("database: credentials from Secrets Manager secret {}", secretId.get());
      }
      DatabaseCredentials credentials = secret.current();
      database.setUrl(credentials.jdbcUrl());
      database.setUser(credentials.username());
      database.setPassword(credentials.password());
      return database;
    }
    if (!EMBEDDED.equals(database.getUrl())) {
      if (embedded == null) {
        LOG.info("database: PostgreSQL at {} as user {}", withoutParameters(database.getUrl()), database.getUser());
      }
      return database;
    }
    WeatherConfiguration.EmbeddedDatabase settings = configuration.getEmbeddedDatabase();
    if (embedded == null) {
      embedded = EmbeddedPostgresServer.start(Path.of(settings.getDataDirectory()), settings.getPort(), Map.of());
      Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-postgres-stop"));
      embedded.createDatabaseIfMissing(settings.getDatabaseName());
      LOG.info("database: embedded PostgreSQL 16 at 127.0.0.1:{}, data in {}", embedded.port(),
          embedded.dataDirectory());
    }
    database.setUrl(embedded.jdbcUrl(settings.getDatabaseName())); // later calls in this process see a real URL
    database.setUser(EmbeddedPostgresServer.SUPERUSER);
    database.setPassword("");
    return database;
  }

  private static String withoutParameters(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
