package io.weatherdata.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two deployables the stacks upload as assets: the shaded Lambda jar, and the Elastic Beanstalk source bundle
 * (a folder holding the service jar, {@code Procfile}, {@code config.yml} and {@code .ebextensions/}, zipped by the
 * CDK on upload). The pipeline's build deploys the same bundle folder to Elastic Beanstalk.
 */
public record Artifacts(Path lambdaJar, Path serviceBundle) {

  public static final String LAMBDA_JAR = "bootstrap/lambda/target/weather-lambda.jar";
  public static final String SERVICE_JAR = "bootstrap/target/weather-service.jar";
  /** Repository-root files the service needs next to its jar on an instance. */
  static final List<String> BUNDLE_FILES = List.of("Procfile", "config.yml", ".ebextensions");

  /**
   * The built jars of the repository at {@code repoRoot}; {@code -Dweather.lambdaJar} / {@code WEATHER_LAMBDA_JAR}
   * and {@code -Dweather.serviceJar} / {@code WEATHER_SERVICE_JAR} point elsewhere.
   */
  public static Artifacts fromRepository(Path repoRoot, Path stagingDir) {
    Path lambdaJar = located("weather.lambdaJar", "WEATHER_LAMBDA_JAR", repoRoot.resolve(LAMBDA_JAR));
    Path serviceJar = located("weather.serviceJar", "WEATHER_SERVICE_JAR", repoRoot.resolve(SERVICE_JAR));
    return of(lambdaJar, serviceJar, repoRoot, stagingDir);
  }

  public static Artifacts of(Path lambdaJar, Path serviceJar, Path repoRoot, Path stagingDir) {
    for (Path jar : List.of(lambdaJar, serviceJar)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing: run ./mvnw -B -DskipTests package in the repository root");
      }
    }
    return new Artifacts(lambdaJar.toAbsolutePath(), stageServiceBundle(serviceJar, repoRoot, stagingDir));
  }

  static Path located(String property, String variable, Path fallback) {
    String configured = System.getProperty(property, System.getenv(variable));
    return configured == null || configured.isBlank() ? fallback : Path.of(configured);
  }

  /** Copies the service jar and {@link #BUNDLE_FILES} into a fresh {@code stagingDir/service-bundle}. */
  static Path stageServiceBundle(Path serviceJar, Path repoRoot, Path stagingDir) {
    Path bundle = stagingDir.resolve("service-bundle").toAbsolutePath();
    try {
      deleteRecursively(bundle);
      Files.createDirectories(bundle);
      Files.copy(serviceJar, bundle.resolve("weather-service.jar"));
      for (String name : BUNDLE_FILES) {
        copyRecursively(repoRoot.resolve(name), bundle.resolve(name));
      }
      return bundle;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the Elastic Beanstalk bundle in " + bundle, e);
    }
  }

  private static void copyRecursively(Path source, Path target) throws IOException {
    if (!Files.exists(source)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : paths.sorted().toList()) {
        Files.copy(path, target.resolve(source.relativize(path).toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
