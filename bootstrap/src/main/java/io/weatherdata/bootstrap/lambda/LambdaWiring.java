package io.weatherdata.bootstrap.lambda;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.weatherdata.adapter.in.lambda.LambdaOutput;
import io.weatherdata.adapter.out.events.EventBridgeIngestionEvents;
import io.weatherdata.adapter.out.postgres.PostgresIngestionRunLog;
import io.weatherdata.adapter.out.postgres.PostgresObservationStore;
import io.weatherdata.adapter.out.postgres.PostgresYearlyStatsStore;
import io.weatherdata.adapter.out.s3.S3ObservationSource;
import io.weatherdata.adapter.out.secrets.SecretsManagerCredentials;
import io.weatherdata.application.port.in.ComputeYearlyStatsUseCase;
import io.weatherdata.application.port.in.IngestObservationsUseCase;
import io.weatherdata.application.port.out.PublishIngestionEventsPort;
import io.weatherdata.application.service.AnalyzeInProcess;
import io.weatherdata.application.service.ComputeYearlyStatsService;
import io.weatherdata.application.service.IngestObservationsService;
import io.weatherdata.application.service.IngestSettings;
import io.weatherdata.bootstrap.AwsClients;
import io.weatherdata.bootstrap.RefreshingCredentialsDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
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
    this.jdbi = Jdbi.create(dataSource(settings)).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    this.s3 = AwsClients.s3(settings.s3Endpoint());
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

  IngestObservationsUseCase ingestion() {
    PublishIngestionEventsPort events = settings.eventBusName()
        .<PublishIngestionEventsPort>map(bus -> new EventBridgeIngestionEvents(AwsClients.eventBridge(settings.eventsEndpoint()), bus))
        .orElseGet(() -> new AnalyzeInProcess(analysis(), report -> output.analysisMetrics("in-process-analysis", report)));
    return new IngestObservationsService(new S3ObservationSource(s3, settings.rawBucket(), settings.rawPrefix()),
        new PostgresObservationStore(jdbi), new PostgresIngestionRunLog(jdbi), events,
        new IngestSettings(settings.rejectionSamplePerFile(), settings.parallelFiles()), clock);
  }

  ComputeYearlyStatsUseCase analysis() {
    return new ComputeYearlyStatsService(new PostgresYearlyStatsStore(jdbi), clock);
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
      SecretsManagerCredentials secret = AwsClients.databaseSecret(settings.databaseSecretId().get(), settings.secretsEndpoint());
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
