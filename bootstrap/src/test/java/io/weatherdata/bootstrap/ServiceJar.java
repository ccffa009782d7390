package io.weatherdata.bootstrap;

import io.weatherdata.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged fat jar as a separate process with the repository's config.yml, as a user would. */
final class ServiceJar {
  static final Path JAR = Path.of("target/weather-service.jar");
  static final Path CONFIG = Path.of("../config.yml");
  /** The AppCDS archive the build records beside the jar (bootstrap/pom.xml). */
  static final Path ARCHIVE = Path.of("target/weather-service.jsa");

  record Run(int exitCode, String output) {}

  /** A started command; its output goes to {@code log}. */
  record Started(Process process, Path log) {
    Run await() throws IOException, InterruptedException {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + process.info().commandLine().orElse("?"));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.delete(log);
      return new Run(process.exitValue(), output);
    }
  }

  private ServiceJar() {}

  static Started start(Map<String, String> environment, String... args) throws IOException {
    return start(List.of(), environment, args);
  }

  /** The command with these JVM options before {@code -jar}. */
  static Started start(List<String> jvmOptions, Map<String, String> environment, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("weather-cli", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new Started(builder.start(), log);
  }

  static Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    return start(environment, args).await();
  }

  /** The environment of a command that uses the test server's database {@code url} as its superuser. */
  static Map<String, String> database(String url) {
    return Map.of("DATABASE_URL", url, "DATABASE_USER", EmbeddedPostgresServer.SUPERUSER, "DATABASE_PASSWORD", "");
  }

  /** {@code ingest config.yml <folder>} into the database {@code url}, to its end. */
  static Run ingest(String url, Path folder) throws IOException, InterruptedException {
    return run(database(url), "ingest", CONFIG.toString(), folder.toString());
  }
}
