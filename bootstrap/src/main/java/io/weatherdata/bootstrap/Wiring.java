package io.weatherdata.bootstrap;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.ManagedDataSource;
import io.weatherdata.adapter.in.cli.AnalysisLog;
import io.weatherdata.adapter.in.cli.CliWiring;
import io.weatherdata.adapter.out.localfs.LocalFolderSource;
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
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one place that builds concrete adapters and hands them to the services. */
final class Wiring {
  private final Jdbi jdbi;
  private final IngestSettings ingestSettings;
  private final Clock clock = Clock.systemUTC();

  Wiring(Jdbi jdbi, WeatherConfiguration configuration) {
    this.jdbi = jdbi;
    this.ingestSettings = new IngestSettings(configuration.getIngestion().getRejectionSamplePerFile());
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

  IngestObservationsUseCase ingestFrom(String location) {
    return new IngestObservationsService(
        new LocalFolderSource(Path.of(location)),
        new PostgresObservationStore(jdbi),
        new PostgresIngestionRunLog(jdbi),
        new AnalyzeInProcess(analysis(), AnalysisLog::finished),
        ingestSettings,
        clock);
  }

  /** For the batch commands: a pool of their own, closed with the session. */
  static CliWiring<WeatherConfiguration> forCommands() {
    return configuration -> {
      ManagedDataSource dataSource = DatabaseConnector.resolve(configuration).build(new MetricRegistry(), "batch");
      Wiring wiring = new Wiring(configure(Jdbi.create(dataSource)), configuration);
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
