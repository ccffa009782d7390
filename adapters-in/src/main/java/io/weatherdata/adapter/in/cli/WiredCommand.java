package io.weatherdata.adapter.in.cli;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.cli.ConfiguredCommand;

/** A batch command over use cases that bootstrap builds from the parsed configuration. */
abstract class WiredCommand<C extends Configuration> extends ConfiguredCommand<C> {
  protected final CliWiring<C> wiring;
  private final Class<C> configurationClass;

  WiredCommand(String name, String description, CliWiring<C> wiring, Class<C> configurationClass) {
    super(name, description);
    this.wiring = wiring;
    this.configurationClass = configurationClass;
  }

  @Override
  protected Class<C> getConfigurationClass() {
    return configurationClass;
  }
}
