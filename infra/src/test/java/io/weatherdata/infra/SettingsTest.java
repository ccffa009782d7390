package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

class SettingsTest {

  private static Settings of(String env) {
    return new Settings(env, Settings.CONNECTION_PLACEHOLDER, "o", "r", "main", "", "stack", true, true, Scale.SAMPLE);
  }

  @Test
  void onlyDevAndProdAreEnvironments() {
    assertThatThrownBy(() -> of("staging")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("env");
  }

  @Test
  void anUnknownScaleFailsTheSynthesisNamingTheKey() {
    App app = new App(AppProps.builder().postCliContext(Map.of("env", "dev", "scale", "huge")).build());
    assertThatThrownBy(() -> Settings.from(app.getNode())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be sample or ghcn, was: huge");
  }

  @Test
  void ghcnTakesItsInstanceClassFromContextOrTheDefault() {
    assertThat(Scale.of("ghcn", Optional.empty())).isEqualTo(Scale.ghcn("r6g.large"));
    App app = new App(AppProps.builder().postCliContext(Map.of("env", "prod", "scale", "ghcn",
        "dbInstanceClass", "r7g.xlarge")).build());
    assertThat(Settings.from(app.getNode()).scale()).isEqualTo(Scale.ghcn("r7g.xlarge"));
    assertThat(Scale.of("sample", Optional.of("r7g.xlarge"))).isEqualTo(Scale.SAMPLE);
  }

  @Test
  void ingestConcurrencyIsNoContextKeyAndIsIgnoredLikeAnyUnknownKey() {
    App app = new App(AppProps.builder().postCliContext(Map.of("env", "prod", "scale", "ghcn",
        "ingestConcurrency", "20")).build());
    Settings settings = Settings.from(app.getNode());
    assertThat(settings.scale()).isEqualTo(Scale.ghcn(Scale.DEFAULT_DATABASE_CLASS));
    assertThat(settings.asContext()).doesNotContainKey("ingestConcurrency");
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
    Settings settings = new Settings("prod", "arn", "owner", "repo", "release", "a@b.c", "stack", false, true,
        Scale.SAMPLE);
    assertThat(settings.asContext()).containsEntry("env", "prod").containsEntry("s3Trigger", "false")
        .containsEntry("branch", "release").hasSize(9);
    Settings ghcn = new Settings("prod", "arn", "owner", "repo", "release", "", "stack", true, true,
        Scale.ghcn("r6g.xlarge"));
    assertThat(ghcn.asContext()).containsEntry("scale", "ghcn").containsEntry("dbInstanceClass", "r6g.xlarge")
        .hasSize(11);
  }
}
