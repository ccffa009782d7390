package io.weatherdata.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * One environment synthesized once per test JVM (a synthesis takes seconds), into {@code target/test-cdk.out/<env>}.
 * The Lambda and service jars are dummies made here unless {@code -Dweather.lambdaJar} / {@code -Dweather.serviceJar}
 * (or {@code WEATHER_LAMBDA_JAR} / {@code WEATHER_SERVICE_JAR}) name real ones: the tests never need a build.
 */
final class Synthesized {

  static final String CONNECTION_ARN = "arn:aws:codeconnections:eu-west-1:123456789012:connection/test";
  static final String ALARM_EMAIL = "ops@example.org";
  private static final Path TARGET = Path.of("target");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Synthesized> CACHE = new ConcurrentHashMap<>();

  final Settings settings;
  final WeatherDeployment deployment;
  final Path outdir;
  private final Map<String, Template> templates = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> trees = new ConcurrentHashMap<>();

  /** dev with every option on: S3 trigger, CloudFront, an alarm e-mail. */
  static Synthesized dev() {
    return CACHE.computeIfAbsent("dev", name -> new Synthesized(name, context("dev", Map.of())));
  }

  /** prod with the optional parts off, so both branches of each option are synthesized by the two fixtures. */
  static Synthesized prod() {
    return CACHE.computeIfAbsent("prod", name -> new Synthesized(name, context("prod",
        Map.of("alarmEmail", "", "s3Trigger", "false", "cdn", "false"))));
  }

  /** prod at {@code scale=ghcn} with its defaults, the S3 trigger on and the other options off. */
  static Synthesized ghcn() {
    return CACHE.computeIfAbsent("ghcn", name -> new Synthesized(name, context("prod", Map.of("alarmEmail", "",
        "cdn", "false", "scale", "ghcn", "dbInstanceClass", ""))));
  }

  /**
   * Every key, so that no CDK_CONTEXT_JSON in the environment (CodeBuild sets one) leaks into the tests; a blank
   * value counts as unset.
   */
  private static Map<String, Object> context(String env, Map<String, String> overrides) {
    Map<String, Object> context = new HashMap<>(new Settings(env, CONNECTION_ARN, "weatherdata", "weather-service",
        "main", ALARM_EMAIL, Settings.DEFAULT_SOLUTION_STACK, true, true, Scale.SAMPLE).asContext());
    context.put("scale", Scale.SAMPLE.name());
    context.putAll(overrides);
    return context;
  }

  /** The two environments at sample scale: what the snapshot of resource counts holds. */
  static List<Synthesized> both() {
    return List.of(dev(), prod());
  }

  /** Every fixture: the checks that hold for any template (least privilege, cdk-nag) run over these. */
  static List<Synthesized> all() {
    return List.of(dev(), prod(), ghcn());
  }

  private Synthesized(String name, Map<String, Object> context) {
    requireNode();
    outdir = TARGET.resolve("test-cdk.out").resolve(name).toAbsolutePath();
    try {
      Artifacts.deleteRecursively(outdir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path staging = TARGET.resolve("test-artifacts").resolve(name);
    Artifacts artifacts = Artifacts.of(
        Artifacts.located("weather.lambdaJar", "WEATHER_LAMBDA_JAR", dummyJar(staging.resolve("weather-lambda.jar"))),
        Artifacts.located("weather.serviceJar", "WEATHER_SERVICE_JAR", dummyJar(staging.resolve(
            "weather-service.jar"))),
        Path.of("..").toAbsolutePath().normalize(), staging);
    // postCliContext wins over a CDK_CONTEXT_JSON in the environment.
    App app = new App(AppProps.builder().outdir(outdir.toString()).postCliContext(context).build());
    settings = Settings.from(app.getNode());
    deployment = WeatherDeployment.define(app, settings, artifacts);
    app.synth();
  }

  Template template(Stack stack) {
    return templates.computeIfAbsent(stack.getStackName(), name -> Template.fromStack(stack));
  }

  /** The stack's template file as written by the synthesis. */
  JsonNode json(Stack stack) {
    return trees.computeIfAbsent(stack.getStackName(), name -> read(templateFile(stack)));
  }

  Path templateFile(Stack stack) {
    return outdir.resolve(stack.getArtifactId() + ".template.json");
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path dummyJar(Path path) {
    try {
      Files.createDirectories(path.getParent());
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write("a stand-in for the real jar in infra tests\n".getBytes());
        zip.closeEntry();
      }
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CDK runs on Node.js: without it, say so instead of failing deep inside jsii. */
  static void requireNode() {
    String problem;
    try {
      Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      String version = new String(node.getInputStream().readAllBytes()).trim();
      problem = node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0 && version.matches("v(1[89]|[2-9]\\d)\\..*")
          ? null : "'node --version' answered '" + version + "'; the AWS CDK needs Node.js 18 or later";
    } catch (IOException e) {
      problem = "'node' is not on PATH";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted while running 'node --version'";
    }
    if (problem != null) {
      throw new AssertionError("The infra tests synthesize the AWS CDK app, which runs on Node.js: " + problem
          + ". Install Node.js 18+ (e.g. 'apt-get install nodejs') and put 'node' on PATH.");
    }
  }
}
