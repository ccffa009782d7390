package io.weatherdata.bootstrap;

import io.weatherdata.adapter.in.cli.CliWiring;
import io.weatherdata.embedded.EmbeddedPostgresServer;

/** The batch commands' real wiring over a given test database. */
public final class TestWiring {
  private TestWiring() {}

  public static CliWiring.Session commands(String databaseUrl) {
    WeatherConfiguration configuration = new WeatherConfiguration();
    configuration.getDatabase().setDriverClass("org.postgresql.Driver");
    configuration.getDatabase().setUrl(databaseUrl);
    configuration.getDatabase().setUser(EmbeddedPostgresServer.SUPERUSER);
    configuration.getDatabase().setPassword("");
    return Wiring.forCommands().open(configuration);
  }
}
