package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactsTest {

  @TempDir
  Path dir;

  @Test
  void theServiceBundleHoldsTheJarProcfileConfigAndEbextensions() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(repo.resolve("Procfile"), "web: java -jar weather-service.jar server config.yml\n");
    Files.writeString(repo.resolve("config.yml"), "server: {}\n");
    Files.createDirectories(repo.resolve(".ebextensions"));
    Files.writeString(repo.resolve(".ebextensions/10-db-migrate.config"), "container_commands: {}\n");
    Path jar = Files.writeString(dir.resolve("built.jar"), "jar");

    Artifacts artifacts = Artifacts.of(jar, jar, repo, dir.resolve("target"));

    Path bundle = artifacts.serviceBundle();
    assertThat(bundle.resolve("weather-service.jar")).hasContent("jar");
    assertThat(bundle.resolve("Procfile")).content().contains("weather-service.jar");
    assertThat(bundle.resolve("config.yml")).exists();
    assertThat(bundle.resolve(".ebextensions/10-db-migrate.config")).exists();
    assertThat(artifacts.lambdaJar()).isEqualTo(jar.toAbsolutePath());
  }

  @Test
  void aMissingJarSaysHowToBuildIt() {
    assertThatThrownBy(() -> Artifacts.of(dir.resolve("none.jar"), dir.resolve("none.jar"), dir, dir))
        .hasMessageContaining("./mvnw -B -DskipTests package");
  }

  @Test
  void theRepositoryBundlesWhatTheServiceNeedsOnAnInstance() {
    Path repo = Path.of("..");
    assertThat(repo.resolve("Procfile")).content().contains("weather-service.jar server config.yml");
    assertThat(repo.resolve("config.yml")).content().contains("${PORT:-8080}");
    assertThat(repo.resolve("buildspec.yml")).content().contains("./mvnw -B verify").contains("infra/synth");
  }
}
