package io.weatherdata.bootstrap;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.migrations.MigrationsBundle;
import io.weatherdata.adapter.in.cli.AnalyzeCliCommand;
import io.weatherdata.adapter.in.cli.GenerateCliCommand;
import io.weatherdata.adapter.in.cli.IngestCliCommand;
import org.jdbi.v3.core.Jdbi;

/** The weather data service: {@code server}, {@code db migrate}, {@code ingest}, {@code analyze}, {@code generate}. */
public class WeatherApplication extends Application<WeatherConfiguration> {
  static final String MIGRATIONS = "db/migrations.sql";

  public static void main(String[] args) throws Exception {
    new WeatherApplication().run(args);
  }

  @Override
  public String getName() {
    return "weather-service";
  }

  @Override
  public void initialize(Bootstrap<WeatherConfiguration> bootstrap) {
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
    bootstrap.addCommand(new AnalyzeCliCommand<>(Wiring.forCommands(), WeatherConfiguration.class));
    bootstrap.addCommand(new GenerateCliCommand());
  }

  @Override
  public void run(WeatherConfiguration configuration, Environment environment) {
    DataSourceFactory database = DatabaseConnector.resolve(configuration);
    Jdbi jdbi = Wiring.configure(new JdbiFactory().build(environment, database, "postgresql"));
  }
}
