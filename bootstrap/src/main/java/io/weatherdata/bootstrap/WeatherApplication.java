package io.weatherdata.bootstrap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiHealthCheck;
import io.dropwizard.util.Duration;
import io.dropwizard.util.JarLocation;
import io.dropwizard.migrations.MigrationsBundle;
import io.weatherdata.adapter.in.cli.AnalyzeCliCommand;
import io.weatherdata.adapter.in.cli.GenerateCliCommand;
import io.weatherdata.adapter.in.cli.IngestCliCommand;
import io.weatherdata.adapter.in.cli.IngestReferenceCliCommand;
import io.weatherdata.adapter.in.rest.CachingFilter;
import io.weatherdata.adapter.in.rest.AgronomyResources;
import io.weatherdata.adapter.in.rest.CornResource;
import io.weatherdata.adapter.in.rest.CsvPageWriter;
import io.weatherdata.adapter.in.rest.DirectPages;
import io.weatherdata.adapter.in.rest.Cursors;
import io.weatherdata.adapter.in.rest.ExportLimit;
import io.weatherdata.adapter.in.rest.FormatParameter;
import io.weatherdata.adapter.in.rest.FrontPage;
import io.weatherdata.adapter.in.rest.IngestionsResource;
import io.weatherdata.adapter.in.rest.ObservationsResource;
import io.weatherdata.adapter.in.rest.OpenApiDocument;
import io.weatherdata.adapter.in.rest.OpenApiResource;
import io.weatherdata.adapter.in.rest.ProblemMappers;
import io.weatherdata.adapter.in.rest.QueryBeans;
import io.weatherdata.adapter.in.rest.ReadOnlyMethods;
import io.weatherdata.adapter.in.rest.ResponseCache;
import io.weatherdata.adapter.in.rest.SecurityHeaders;
import io.weatherdata.adapter.in.rest.StationsResource;
import io.weatherdata.adapter.in.rest.StrictQueryParameters;
import io.weatherdata.adapter.in.rest.YearlyStatsResource;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The weather data service: {@code server}, {@code db migrate}, {@code ingest}, {@code analyze}, {@code generate}. */
public class WeatherApplication extends Application<WeatherConfiguration> {
  static final String MIGRATIONS = "db/migrations.sql";
  private static final String SWAGGER_UI_VERSION = "5.32.6";
  private static final String ECHARTS_VERSION = "5.3.1";

  /** The commands that use the configuration's database, ingestion, API and AWS sections, not the server's. */
  private static final Set<String> BATCH_COMMANDS = Set.of("ingest", "ingest-stations", "ingest-corn", "analyze");

  public static void main(String[] args) throws Exception {
    new WeatherApplication().run(args);
  }

  /**
   * Dropwizard's own start. A batch command skips {@code Bootstrap.registerMetrics()} (JVM gauges and a JMX
   * reporter nobody reads in a process without an admin port; the platform MBean server's start on every short
   * run) and reads its configuration as {@link #forBatchCommand} says.
   */
  @Override
  public void run(String... arguments) throws Exception {
    if (arguments.length == 0 || !BATCH_COMMANDS.contains(arguments[0])) {
      super.run(arguments);
      return;
    }
    Bootstrap<WeatherConfiguration> bootstrap = new Bootstrap<>(this);
    addDefaultCommands(bootstrap);
    initialize(bootstrap);
    forBatchCommand(bootstrap);
    new Cli(new JarLocation(getClass()), bootstrap, System.out, System.err).run(arguments)
        .ifPresent(this::onFatalError);
  }

  /**
   * A batch command reads the configuration without the sections of the server it does not start (binding them
   * loads and introspects Jetty's and the metrics' factories) and validates only the sections it uses.
   */
  static void forBatchCommand(Bootstrap<WeatherConfiguration> bootstrap) {
    bootstrap.getObjectMapper().addMixIn(Configuration.class, WithoutServerSections.class);
    bootstrap.setConfigurationFactoryFactory((klass, validator, objectMapper, prefix) ->
        new DefaultConfigurationFactoryFactory<WeatherConfiguration>()
            .create(klass, new BatchCommandValidator(validator), objectMapper, prefix));
  }

  @JsonIgnoreProperties({"server", "metrics", "health", "admin"})
  private abstract static class WithoutServerSections {}

  @Override
  public String getName() {
    return "weather-service";
  }

  @Override
  public void initialize(Bootstrap<WeatherConfiguration> bootstrap) {
    bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
        bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    bootstrap.addBundle(new MigrationsBundle<>() {
      @Override
      public DataSourceFactory getDataSourceFactory(WeatherConfiguration configuration) {
        return DatabaseConnector.resolve(configuration);
      }

      @Override
      public String getMigrationsFileName() {
        return MIGRATIONS;
      }
    });
    bootstrap.addCommand(new IngestCliCommand<>(Wiring.forCommands(), WeatherConfiguration.class));
    bootstrap.addCommand(IngestReferenceCliCommand.stations(Wiring.forCommands(), WeatherConfiguration.class));
    bootstrap.addCommand(IngestReferenceCliCommand.corn(Wiring.forCommands(), WeatherConfiguration.class));
    bootstrap.addCommand(new AnalyzeCliCommand<>(Wiring.forCommands(), WeatherConfiguration.class));
    bootstrap.addCommand(new GenerateCliCommand());
    bootstrap.addBundle(new AssetsBundle("/META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI_VERSION, "/swagger-ui",
        null, "swagger-ui"));
    bootstrap.addBundle(new AssetsBundle("/swagger", "/swagger", "index.html", "swagger"));
    bootstrap.addBundle(new AssetsBundle("/web", FrontPage.PATH, "index.html", "front-page"));
    bootstrap.addBundle(new AssetsBundle("/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist",
        "/echarts", null, "echarts"));
  }

  @Override
  public void run(WeatherConfiguration configuration, Environment environment) {
    DatabaseConnector.Database database = DatabaseConnector.connect(configuration, environment.metrics(), "postgresql");
    environment.lifecycle().manage(database.pool());
    Jdbi jdbi = Wiring.configure(Jdbi.create(database.dataSource()));
    DataSourceFactory settings = configuration.getDatabase();
    environment.healthChecks().register("postgresql", new JdbiHealthCheck(environment.getHealthCheckExecutorService(),
        settings.getValidationQueryTimeout().orElse(Duration.seconds(5)), jdbi, settings.getValidationQuery()));
    Wiring wiring = new Wiring(jdbi, configuration);
    Wiring.Queries queries = wiring.queries();
    Cursors cursors = new Cursors(configuration.getApi().cursorSecret());

    ObservationsResource observations =
        new ObservationsResource(queries.observations(), queries.observationsExport(), cursors);
    YearlyStatsResource yearlyStats =
        new YearlyStatsResource(queries.yearlyStats(), queries.yearlyStatsExport(), cursors);
    environment.jersey().register(observations);
    environment.jersey().register(yearlyStats);
    environment.jersey().register(new StationsResource(queries.stations(), queries.stationsExport(), cursors));
    AgronomyResources.all(queries.agronomy(), queries.agronomyExport(), cursors)
        .forEach(environment.jersey()::register);
    environment.jersey().register(new CornResource(queries.corn(), queries.cornWeather(), cursors));
    environment.jersey().register(new IngestionsResource(queries.ingestionRuns()));
    environment.jersey().register(new OpenApiResource(OpenApiDocument.json()));
    environment.jersey().register(new FrontPage());
    environment.jersey().register(new FormatParameter());
    environment.jersey().register(new StrictQueryParameters());
    environment.jersey().register(QueryBeans.binder());
    environment.jersey().register(new CachingFilter(queries.version()));
    environment.jersey().register(new CsvPageWriter());
    environment.jersey().register(new DirectPages.Failures());
    ProblemMappers.all().forEach(environment.jersey()::register);
    environment.servlets().addFilter("security-headers", new SecurityHeaders())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    environment.servlets().addFilter("read-only", new ReadOnlyMethods())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    ExportLimit exports = new ExportLimit(configuration.getApi().maxConcurrentExports());
    exports.reportTo(environment.metrics());
    environment.servlets().addFilter("export-limit", exports)
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/api/*");
    long cacheBytes = configuration.getApi().responseCacheBytes();
    if (cacheBytes > 0) {
      ResponseCache responses = new ResponseCache(queries.version(), cacheBytes);
      responses.reportTo(environment.metrics());
      environment.servlets().addFilter("response-cache", responses)
          .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/api/*");
    }
    // After the response cache, which keeps what these answer as it keeps Jersey's answers.
    DirectPages direct = new DirectPages(List.of(observations.direct(), yearlyStats.direct()), queries.version(),
        environment.getObjectMapper());
    direct.reportTo(environment.metrics());
    environment.servlets().addFilter("direct-pages", direct)
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/api/*");
  }
}
