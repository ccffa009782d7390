package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {

  private static Settings of(String env) {
    return new Settings(env, Settings.CONNECTION_PLACEHOLDER, "o", "r", "main", "", "stack", true, true);
  }

  @Test
  void onlyDevAndProdAreEnvironments() {
    assertThatThrownBy(() -> of("staging")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("env");
  }

  @Test
  void namesFollowTheEnvironment() {
    Settings dev = of("dev");
    assertThat(dev.name("api")).isEqualTo("weather-dev-api");
    assertThat(dev.databaseSecretName()).isEqualTo("weather/dev/database");
    assertThat(dev.applicationName()).isEqualTo("weather-dev");
  }

  @Test
  void prodGetsTheProtectionsAndRedundancy() {
    assertThat(of("prod").dataRemovalPolicy().name()).isEqualTo("RETAIN");
    assertThat(of("dev").dataRemovalPolicy().name()).isEqualTo("DESTROY");
    assertThat(of("prod").natGateways()).isEqualTo(2);
    assertThat(of("prod").minInstances()).isGreaterThan(of("dev").minInstances());
  }

  @Test
  void contextArgumentsAreReadLikeTheCdkCli() {
    assertThat(InfraApp.contextArguments(new String[] {"-c", "env=prod", "--context", "solutionStack=a=b c"}))
        .containsEntry("env", "prod").containsEntry("solutionStack", "a=b c");
    assertThatThrownBy(() -> InfraApp.contextArguments(new String[] {"env=prod"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsRoundTripThroughContext() {
    Settings settings = new Settings("prod", "arn", "owner", "repo", "release", "a@b.c", "stack", false, true);
    assertThat(settings.asContext()).containsEntry("env", "prod").containsEntry("s3Trigger", "false")
        .containsEntry("branch", "release").hasSize(9);
  }
}
