package io.weatherdata.bootstrap;

import io.dropwizard.db.DataSourceFactory;
import io.weatherdata.adapter.out.postgres.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which PostgreSQL the process uses: the one {@code database.url} names, or, when it is {@value #EMBEDDED}, the
 * embedded server (started once per process, stopped when the process exits). Logs the choice, never the
 * password.
 */
final class DatabaseConnector {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseConnector.class);
  /** The {@code database.url} that selects the embedded server. */
  static final String EMBEDDED = "embedded";
  private static EmbeddedPostgresServer embedded;

  private DatabaseConnector() {}

  static synchronized DataSourceFactory resolve(WeatherConfiguration configuration) {
    DataSourceFactory database = configuration.getDatabase();
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
      LOG.info("database: embedded PostgreSQL 16 at 127.0.0.1:{}, data in {}", embedded.port(), embedded.dataDirectory());
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
