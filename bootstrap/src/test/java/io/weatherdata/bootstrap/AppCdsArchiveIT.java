package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The AppCDS archive the build records beside the jar is one the JVM accepts for that jar: a command started with
 * it maps the start-up classes (Dropwizard's, Jackson's, the service's configuration) from the archive instead of
 * loading them from the jar.
 */
class AppCdsArchiveIT {
  @Test
  void theBuildsArchiveServesTheStartUpClassesOfACommand() throws Exception {
    assertThat(ServiceJar.ARCHIVE).exists();
    assertThat(Files.getLastModifiedTime(ServiceJar.ARCHIVE)).isGreaterThan(Files.getLastModifiedTime(ServiceJar.JAR));

    ServiceJar.Run run = ServiceJar.start(List.of("-XX:SharedArchiveFile=" + ServiceJar.ARCHIVE,
        "-Xlog:class+load=info"), Map.of(), "check", ServiceJar.CONFIG.toString()).await();

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("Configuration is OK");
    List<String> fromArchive = run.output().lines().filter(l -> l.contains("source: shared objects file (top)"))
        .toList();
    assertThat(fromArchive).as("classes mapped from the application's archive")
        .anyMatch(l -> l.contains(" io.weatherdata.bootstrap.WeatherConfiguration "))
        .anyMatch(l -> l.contains(" io.dropwizard.core.cli.CheckCommand "))
        .hasSizeGreaterThan(1000);
    assertThat(run.output()).doesNotContain("An error has occurred while processing the shared archive file");
  }
}
