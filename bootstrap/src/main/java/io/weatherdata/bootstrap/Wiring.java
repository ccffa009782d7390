package io.weatherdata.bootstrap;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.weatherdata.adapter.in.cli.AnalysisLog;
import io.weatherdata.adapter.in.cli.CliWiring;
import io.weatherdata.adapter.out.events.EventBridgeIngestionEvents;
import io.weatherdata.adapter.out.localfs.LocalFolderSource;
import io.weatherdata.adapter.out.postgres.PostgresIngestionLock;
import io.weatherdata.adapter.out.postgres.PostgresIngestionRunLog;
import io.weatherdata.adapter.out.postgres.PostgresCornProduction;
import io.weatherdata.adapter.out.postgres.PostgresObservationStore;
import io.weatherdata.adapter.out.postgres.PostgresReferenceDataStore;
import io.weatherdata.adapter.out.postgres.PostgresStationCatalogue;
import io.weatherdata.adapter.out.postgres.PostgresWeatherQueries;
import io.weatherdata.adapter.out.postgres.PostgresStatisticsStore;
import io.weatherdata.adapter.out.postgres.PostgresAgronomyQueries;
import io.weatherdata.adapter.out.math.CommonsMathStatistics;
import io.weatherdata.application.agronomy.service.CornWeatherService;
import io.weatherdata.application.agronomy.service.ExportAgronomyStatsService;
import io.weatherdata.application.agronomy.service.FindAgronomyStatsService;
import io.weatherdata.adapter.out.s3.S3ObservationSource;
import io.weatherdata.application.analysis.port.in.AnalysisCommand;
import io.weatherdata.application.analysis.port.in.ComputeStatisticsUseCase;
import io.weatherdata.application.analysis.service.ComputeStatisticsService;
import io.weatherdata.application.ingestion.port.in.IngestObservationsUseCase;
import io.weatherdata.application.ingestion.port.in.IngestReferenceFileUseCase;
import io.weatherdata.application.ingestion.port.out.IngestionCompletedPort;
import io.weatherdata.application.ingestion.port.out.ObservationSourcePort;
import io.weatherdata.application.ingestion.service.IngestObservationsService;
import io.weatherdata.application.ingestion.service.IngestReferenceFileService;
import io.weatherdata.application.ingestion.service.IngestSettings;
import io.weatherdata.application.query.service.ExportObservationsService;
import io.weatherdata.application.query.service.ExportStationsService;
import io.weatherdata.application.query.service.ExportYearlyStatsService;
import io.weatherdata.application.query.service.FindCornProductionService;
import io.weatherdata.application.query.service.FindObservationsService;
import io.weatherdata.application.query.service.FindStationsService;
import io.weatherdata.application.query.service.FindYearlyStatsService;
import io.weatherdata.application.query.service.ListIngestionRunsService;
import io.weatherdata.application.query.service.StoredDataVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that builds concrete adapters and hands them to the services. */
final class Wiring {
  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);
  /** How long a read of the stored data's version is trusted (ingestion runs daily). */
  private static final Duration VERSION_TTL = Duration.ofSeconds(1);

  private final Jdbi jdbi;
  private final IngestSettings ingestSettings;
  private final WeatherConfiguration.Aws aws;
  private final Clock clock = Clock.systemUTC();

  Wiring(Jdbi jdbi, WeatherConfiguration configuration) {
    this.jdbi = jdbi;
    this.ingestSettings = new IngestSettings(configuration.getIngestion().getRejectionSamplePerFile(),
        configuration.getIngestion().getParallelFiles());
    this.aws = configuration.getAws();
  }

  static Jdbi configure(Jdbi jdbi) {
    return jdbi.installPlugin(new PostgresPlugin());
  }

  /** The read side: its use cases over one store and one version of the stored data. */
  record Queries(FindObservationsService observations, ExportObservationsService observationsExport,
      FindYearlyStatsService yearlyStats, ExportYearlyStatsService yearlyStatsExport, FindStationsService stations,
      ExportStationsService stationsExport, FindCornProductionService corn, FindAgronomyStatsService agronomy,
      ExportAgronomyStatsService agronomyExport, CornWeatherService cornWeather,
      ListIngestionRunsService ingestionRuns, StoredDataVersion version) {}

  Queries queries() {
    PostgresWeatherQueries store = new PostgresWeatherQueries(jdbi);
    StoredDataVersion version = new StoredDataVersion(store, clock, VERSION_TTL);
    PostgresAgronomyQueries agronomy = new PostgresAgronomyQueries(jdbi);
    PostgresStationCatalogue catalogue = new PostgresStationCatalogue(jdbi);
    return new Queries(new FindObservationsService(store, version), new ExportObservationsService(store),
        new FindYearlyStatsService(store, version), new ExportYearlyStatsService(store),
        new FindStationsService(catalogue, version), new ExportStationsService(catalogue),
        new FindCornProductionService(new PostgresCornProduction(jdbi), version),
        new FindAgronomyStatsService(agronomy, version), new ExportAgronomyStatsService(agronomy),
        new CornWeatherService(agronomy, new CommonsMathStatistics()),
        new ListIngestionRunsService(new PostgresIngestionRunLog(jdbi)), version);
  }

  ComputeStatisticsUseCase analysis() {
    return new ComputeStatisticsService(new PostgresStatisticsStore(jdbi), clock);
  }

  /** A folder path, or {@code s3://bucket/prefix}. */
  IngestObservationsUseCase ingestFrom(String location) {
    return new IngestObservationsService(source(location), new PostgresObservationStore(jdbi),
        new PostgresIngestionLock(jdbi), new PostgresIngestionRunLog(jdbi), afterIngestion(), ingestSettings, clock);
  }

  /** Reference files (station list, corn production) in a folder path or under {@code s3://bucket/prefix}. */
  IngestReferenceFileUseCase referenceFrom(String location) {
    return new IngestReferenceFileService(source(location), new PostgresReferenceDataStore(jdbi),
        new PostgresIngestionLock(jdbi), new PostgresIngestionRunLog(jdbi), ingestSettings, clock);
  }

  private ObservationSourcePort source(String location) {
    return location.startsWith("s3://")
        ? S3ObservationSource.fromUri(S3ObservationSource.client(aws.s3Endpoint()), location)
        : new LocalFolderSource(Path.of(location));
  }

  /**
   * What follows a successful ingestion run. With an event bus configured (AWS), an {@code IngestionCompleted}
   * event, which the analysis function handles; without one (a local run), the analysis runs right here.
   */
  private IngestionCompletedPort afterIngestion() {
    Optional<String> bus = aws.eventBusName();
    if (bus.isPresent()) {
      LOG.info("after ingestion: publish IngestionCompleted on event bus {}", bus.get());
      return new EventBridgeIngestionEvents(EventBridgeIngestionEvents.client(Optional.empty()), bus.get());
    }
    LOG.info("after ingestion: analyse the pending station-years in this process (no event bus configured)");
    ComputeStatisticsUseCase analysis = analysis();
    return report -> AnalysisLog.finished(analysis.compute(AnalysisCommand.pendingOnly()));
  }

  /**
   * An ingest holds a connection for its lock, one for its run log and one per file it loads at a time: a pool
   * sized for the server's requests (config.yml's 4) would leave file loads queueing for a connection, and failing
   * after {@code maxWaitForConnection}, at {@code ingestion.parallelFiles} 3 or more.
   */
  static void sizePoolForBatch(WeatherConfiguration configuration) {
    DataSourceFactory pool = configuration.getDatabase();
    pool.setMaxSize(Math.max(pool.getMaxSize(), configuration.getIngestion().getParallelFiles() + 2));
  }

  /** For the batch commands: a pool of their own, closed with the session. */
  static CliWiring<WeatherConfiguration> forCommands() {
    return configuration -> {
      sizePoolForBatch(configuration);
      DatabaseConnector.Database database = DatabaseConnector.connect(configuration, new MetricRegistry(), "batch");
      ManagedDataSource dataSource = database.pool();
      Wiring wiring = new Wiring(configure(Jdbi.create(database.dataSource())), configuration);
      return new CliWiring.Session() {
        @Override
        public IngestObservationsUseCase ingestFrom(String location) {
          return wiring.ingestFrom(location);
        }

        @Override
        public IngestReferenceFileUseCase referenceFrom(String location) {
          return wiring.referenceFrom(location);
        }

        @Override
        public ComputeStatisticsUseCase analysis() {
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
