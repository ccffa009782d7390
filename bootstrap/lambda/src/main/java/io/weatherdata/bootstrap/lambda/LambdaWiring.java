package io.weatherdata.bootstrap.lambda;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.weatherdata.adapter.in.lambda.LambdaOutput;
import io.weatherdata.adapter.out.events.EventBridgeIngestionEvents;
import io.weatherdata.adapter.out.postgres.PostgresIngestionLock;
import io.weatherdata.adapter.out.postgres.PostgresIngestionRunLog;
import io.weatherdata.adapter.out.postgres.PostgresObservationStore;
import io.weatherdata.adapter.out.postgres.PostgresStatisticsStore;
import io.weatherdata.adapter.out.s3.S3ObservationSource;
import io.weatherdata.adapter.out.secrets.SecretsManagerCredentials;
import io.weatherdata.application.analysis.port.in.ComputeStatisticsUseCase;
import io.weatherdata.application.ingestion.port.in.IngestObservationsUseCase;
import io.weatherdata.application.ingestion.port.out.IngestionCompletedPort;
import io.weatherdata.application.analysis.service.ComputeStatisticsService;
import io.weatherdata.application.ingestion.service.IngestObservationsService;
import io.weatherdata.application.ingestion.service.IngestSettings;
import io.weatherdata.adapter.out.secrets.RefreshingCredentialsDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything the functions need, built once per Lambda container (outside the handler method, as AWS advises):
 * SDK clients, a small connection pool that opens no connection before the first event (so a SnapStart
 * snapshot holds none), the services.
 */
public final class LambdaWiring {
  private static LambdaWiring instance;

  private final LambdaSettings settings;
  private final Jdbi jdbi;
  private final S3Client s3;
  private final LambdaOutput output = new LambdaOutput(System.out);
  private final Clock clock = Clock.systemUTC();

  public LambdaWiring(LambdaSettings settings) {
    quietLibraryLogs();
    this.settings = settings;
    this.jdbi = Jdbi.create(dataSource(settings)).installPlugin(new PostgresPlugin());
    this.s3 = S3ObservationSource.client(settings.s3Endpoint());
  }

  static synchronized LambdaWiring instance() {
    if (instance == null) {
      instance = new LambdaWiring(LambdaSettings.from(System.getenv()));
    }
    return instance;
  }

  LambdaSettings settings() {
    return settings;
  }

  LambdaOutput output() {
    return output;
  }

  /**
   * Ingestion from the configured S3 prefix. A completed run is announced on the event bus, where the analysis
   * function picks it up: in AWS the two are separate functions, so the bus is required here.
   */
  IngestObservationsUseCase ingestion() {
    String bus = settings.eventBusName().orElseThrow(() -> new IllegalStateException(
        "EVENT_BUS_NAME is not set: the ingestion functions announce completed runs on that bus"));
    IngestionCompletedPort announce = new EventBridgeIngestionEvents(
        EventBridgeIngestionEvents.client(settings.eventsEndpoint()), bus);
    return new IngestObservationsService(new S3ObservationSource(s3, settings.rawBucket(), settings.rawPrefix()),
        new PostgresObservationStore(jdbi), new PostgresIngestionLock(jdbi), new PostgresIngestionRunLog(jdbi),
        announce, new IngestSettings(settings.rejectionSamplePerFile(), settings.parallelFiles()), clock);
  }

  ComputeStatisticsUseCase analysis() {
    return new ComputeStatisticsService(new PostgresStatisticsStore(jdbi), clock);
  }

  private static DataSource dataSource(LambdaSettings settings) {
    PoolProperties properties = new PoolProperties();
    properties.setDriverClassName("org.postgresql.Driver");
    properties.setInitialSize(0);
    properties.setMinIdle(0);
    properties.setMaxActive(4); // the run's lock, a file load, analysis, one spare
    properties.setMaxWait(10_000);
    properties.setTestOnBorrow(true);
    properties.setValidationQuery("SELECT 1");
    properties.setValidationInterval(30_000);
    properties.setConnectionProperties("ApplicationName=weather-lambda;connectTimeout=5;socketTimeout=600");
    org.apache.tomcat.jdbc.pool.DataSource pool = new org.apache.tomcat.jdbc.pool.DataSource(properties);
    if (settings.databaseSecretId().isPresent()) {
      SecretsManagerCredentials secret = SecretsManagerCredentials.of(settings.databaseSecretId().get(), settings
          .secretsEndpoint());
      return new RefreshingCredentialsDataSource(pool, secret.current(), secret::refresh);
    }
    pool.setUrl(settings.databaseUrl().orElseThrow());
    pool.setUsername(settings.databaseUser());
    pool.setPassword(settings.databasePassword());
    return pool;
  }

  /** Without a logback.xml, logback logs everything at DEBUG; library chatter (the AWS SDK) stays at INFO. */
  private static void quietLibraryLogs() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
    }
  }

}
