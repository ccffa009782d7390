package io.weatherdata.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.weatherdata.embedded.EmbeddedPostgresServer;

/** The whole service with the repository's config.yml over a test database, on free ports. */
final class TestApp {
  private TestApp() {}

  static ConfigOverride[] overrides(String databaseUrl) {
    return new ConfigOverride[] {
        ConfigOverride.config("database.url", databaseUrl),
        ConfigOverride.config("database.user", EmbeddedPostgresServer.SUPERUSER),
        ConfigOverride.config("database.password", ""),
        ConfigOverride.config("server.applicationConnectors[0].port", "0"),
        ConfigOverride.config("server.adminConnectors[0].port", "0")};
  }

  static DropwizardTestSupport<WeatherConfiguration> started(String databaseUrl) throws Exception {
    DropwizardTestSupport<WeatherConfiguration> app =
        new DropwizardTestSupport<>(WeatherApplication.class, ServiceJar.CONFIG.toString(), overrides(databaseUrl));
    app.before();
    return app;
  }
}
