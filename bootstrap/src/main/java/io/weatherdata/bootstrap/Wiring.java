package io.weatherdata.bootstrap;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.ManagedDataSource;
import io.weatherdata.adapter.in.cli.AnalysisLog;
import io.weatherdata.adapter.in.cli.CliWiring;
import io.weatherdata.adapter.out.events.EventBridgeIngestionEvents;
import io.weatherdata.adapter.out.localfs.LocalFolderSource;
import io.weatherdata.adapter.out.s3.S3ObservationSource;
import io.weatherdata.application.port.out.ObservationSourcePort;
import io.weatherdata.application.port.out.PublishIngestionEventsPort;
import io.weatherdata.adapter.out.postgres.PostgresIngestionRunLog;
import io.weatherdata.adapter.out.postgres.PostgresObservationStore;
import io.weatherdata.adapter.out.postgres.PostgresWeatherQueries;
import io.weatherdata.adapter.out.postgres.PostgresYearlyStatsStore;
import io.weatherdata.application.port.in.ComputeYearlyStatsUseCase;
import io.weatherdata.application.port.in.IngestObservationsUseCase;
import io.weatherdata.application.service.AnalyzeInProcess;
import io.weatherdata.application.service.ComputeYearlyStatsService;
import io.weatherdata.application.service.IngestObservationsService;
import io.weatherdata.application.service.IngestSettings;
import io.weatherdata.application.service.QueryWeatherService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one place that builds concrete adapters and hands them to the services. */
final class Wiring {
  private final Jdbi jdbi;
  private final IngestSettings ingestSettings;
  private final Clock clock = Clock.systemUTC();

  private final WeatherConfiguration.Aws aws;

  Wiring(Jdbi jdbi, WeatherConfiguration configuration) {
    this.jdbi = jdbi;
    this.ingestSettings = new IngestSettings(configuration.getIngestion().getRejectionSamplePerFile(),
        configuration.getIngestion().getParallelFiles());
    this.aws = configuration.getAws();
  }

  static Jdbi configure(Jdbi jdbi) {
    return jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
  }

  QueryWeatherService queries() {
    PostgresWeatherQueries store = new PostgresWeatherQueries(jdbi);
    return new QueryWeatherService(store, store, store, new PostgresIngestionRunLog(jdbi), store, clock,
        Duration.ofSeconds(1));
  }

  ComputeYearlyStatsUseCase analysis() {
    return new ComputeYearlyStatsService(new PostgresYearlyStatsStore(jdbi), clock);
  }

  /** A folder path, or {@code s3://bucket/prefix}. */
  IngestObservationsUseCase ingestFrom(String location) {
    ObservationSourcePort source = location.startsWith("s3://")
        ? S3ObservationSource.fromUri(AwsClients.s3(aws.s3Endpoint()), location)
        : new LocalFolderSource(Path.of(location));
    PublishIngestionEventsPort events = aws.eventBusName()
        .<PublishIngestionEventsPort>map(bus -> new EventBridgeIngestionEvents(AwsClients.eventBridge(Optional.empty()), bus))
        .orElseGet(() -> new AnalyzeInProcess(analysis(), AnalysisLog::finished));
    return new IngestObservationsService(source, new PostgresObservationStore(jdbi), new PostgresIngestionRunLog(jdbi),
        events, ingestSettings, clock);
  }

  /** For the batch commands: a pool of their own, closed with the session. */
  static CliWiring<WeatherConfiguration> forCommands() {
    return configuration -> {
      DatabaseConnector.Database database = DatabaseConnector.connect(configuration, new MetricRegistry(), "batch");
      ManagedDataSource dataSource = database.pool();
      Wiring wiring = new Wiring(configure(Jdbi.create(database.dataSource())), configuration);
      return new CliWiring.Session() {
        @Override
        public IngestObservationsUseCase ingestFrom(String location) {
          return wiring.ingestFrom(location);
        }

        @Override
        public ComputeYearlyStatsUseCase analysis() {
          return wiring.analysis();
        }

        @Override
        public void close() {
          try {
            dataSource.stop();
          } catch (Exception e) {
            throw new IllegalStateException("closing the connection pool", e);
          }
        }
      };
    };
  }
}
