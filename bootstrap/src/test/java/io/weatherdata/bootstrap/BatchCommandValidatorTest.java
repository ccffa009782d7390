package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BatchCommandValidatorTest {
  private static final String VALID = """
      database:
        url: embedded
      """;
  private static final String BROKEN = VALID + """
      server:
        maxThreads: -5
      ingestion:
        parallelFiles: 0
      api:
        responseCacheMb: 5000
      """;
  private final Validator all = Validators.newValidator();

  @Test
  void aBatchCommandIsToldAboutItsOwnSectionsByTheirFullPathAndNotAboutTheServer() throws Exception {
    WeatherConfiguration defaults = factory(all).build(path -> stream(VALID), "config.yml");
    assertThat(new BatchCommandValidator(all).validate(defaults)).isEmpty();

    assertThatThrownBy(() -> factory(new BatchCommandValidator(all)).build(path -> stream(BROKEN), "config.yml"))
        .isInstanceOf(ConfigurationValidationException.class)
        .satisfies(e -> assertThat(((ConfigurationValidationException) e).getConstraintViolations())
            .extracting(v -> v.getPropertyPath().toString())
            .containsExactlyInAnyOrder("ingestion.parallelFiles", "api.responseCacheMb"))
        .hasMessageContaining("ingestion.parallelFiles must be")
        .hasMessageNotContaining("server");
  }

  @Test
  void theServerCommandsValidatorStillChecksEverything() {
    assertThatThrownBy(() -> factory(all).build(path -> stream(BROKEN), "config.yml"))
        .isInstanceOf(ConfigurationValidationException.class)
        .satisfies(e -> assertThat(((ConfigurationValidationException) e).getConstraintViolations())
            .extracting(ConstraintViolation::getPropertyPath).extracting(Object::toString)
            .contains("server.maxThreads", "ingestion.parallelFiles", "api.responseCacheMb"));
  }

  @Test
  void aBatchCommandsBootstrapDoesNotBindTheServerSectionsTheServersDoes() throws Exception {
    String unbindableServer = BROKEN.replace("maxThreads: -5", "noSuchSetting: 1\n  maxThreads: -5");
    Bootstrap<WeatherConfiguration> batch = new Bootstrap<>(new WeatherApplication());
    WeatherApplication.forBatchCommand(batch);

    assertThatThrownBy(() -> factory(batch).build(path -> stream(unbindableServer), "config.yml"))
        .isInstanceOf(ConfigurationValidationException.class)
        .satisfies(e -> assertThat(((ConfigurationValidationException) e).getConstraintViolations())
            .extracting(v -> v.getPropertyPath().toString())
            .containsExactlyInAnyOrder("ingestion.parallelFiles", "api.responseCacheMb"));
    assertThat(factory(batch).build(path -> stream(VALID + "server:\n  noSuchSetting: 1\n"), "config.yml")
        .getDatabase().getUrl()).isEqualTo("embedded");
    Bootstrap<WeatherConfiguration> server = new Bootstrap<>(new WeatherApplication());
    assertThatThrownBy(() -> factory(server).build(path -> stream(unbindableServer), "config.yml"))
        .hasMessageContaining("noSuchSetting");
  }

  @Test
  void aBatchCommandsPoolHoldsALockARunLogAndEveryFileLoadingAtOnce() throws Exception {
    WeatherConfiguration wide = factory(all).build(path -> stream(VALID + """
          minSize: 2
          initialSize: 2
          maxSize: 4
        ingestion:
          parallelFiles: 6
        """), "config.yml");
    Wiring.sizePoolForBatch(wide);
    assertThat(wide.getDatabase().getMaxSize()).isEqualTo(8);

    WeatherConfiguration roomy = factory(all).build(path -> stream(VALID + "  maxSize: 10\n"), "config.yml");
    Wiring.sizePoolForBatch(roomy);
    assertThat(roomy.getDatabase().getMaxSize()).isEqualTo(10);
  }

  private static ConfigurationFactory<WeatherConfiguration> factory(Bootstrap<WeatherConfiguration> bootstrap) {
    return bootstrap.getConfigurationFactoryFactory().create(WeatherConfiguration.class,
        bootstrap.getValidatorFactory().getValidator(), bootstrap.getObjectMapper(), "dw");
  }

  private static ConfigurationFactory<WeatherConfiguration> factory(Validator validator) {
    return new DefaultConfigurationFactoryFactory<WeatherConfiguration>()
        .create(WeatherConfiguration.class, validator, Jackson.newObjectMapper(), "dw");
  }

  private static ByteArrayInputStream stream(String yaml) {
    return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
  }
}
