package io.weatherdata.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Node;

/**
 * One environment's deployment settings, read from CDK context ({@code -c key=value}). Everything that differs
 * between dev and prod is decided here, so the stacks read as plain descriptions of the resources.
 *
 * @param env            {@code dev} or {@code prod}
 * @param connectionArn  the CodeStar (CodeConnections) connection to GitHub that the pipeline's source stage uses
 * @param repoOwner      GitHub owner of the repository the pipeline builds
 * @param repoName       GitHub repository name
 * @param branch         branch the pipeline follows
 * @param alarmEmail     address subscribed to the alarm topic; empty for none
 * @param solutionStack  Elastic Beanstalk solution stack (Java SE, Corretto 17); must be one AWS currently offers
 * @param s3Trigger      whether a new object under {@link #RAW_PREFIX} triggers the S3 ingestion function
 * @param cdn            whether a CloudFront distribution fronts the API's load balancer
 * @param scale          the sample or all of GHCN-Daily: the database engine and its instance class
 */
public record Settings(String env, String connectionArn, String repoOwner, String repoName, String branch,
    String alarmEmail, String solutionStack, boolean s3Trigger, boolean cdn, Scale scale) {

  public static final String RAW_PREFIX = "wx_data/";
  public static final String CONNECTION_PLACEHOLDER =
      "arn:aws:codeconnections:us-east-1:000000000000:connection/set-connectionArn-in-context";
  public static final String DEFAULT_SOLUTION_STACK = "64bit Amazon Linux 2023 v4.6.5 running Corretto 17";

  public Settings {
    if (!env.equals("dev") && !env.equals("prod")) {
      throw new IllegalArgumentException("env must be dev or prod, was: " + env);
    }
  }

  /** Reads the settings from the app's context; every key has a default except what only a real deploy needs. */
  public static Settings from(Node node) {
    return new Settings(
        context(node, "env").orElse("dev"),
        context(node, "connectionArn").orElse(CONNECTION_PLACEHOLDER),
        context(node, "repoOwner").orElse("weatherdata"),
        context(node, "repoName").orElse("weather-service"),
        context(node, "branch").orElse("main"),
        context(node, "alarmEmail").orElse(""),
        context(node, "solutionStack").orElse(DEFAULT_SOLUTION_STACK),
        !context(node, "s3Trigger").orElse("true").equals("false"),
        !context(node, "cdn").orElse("true").equals("false"),
        Scale.of(context(node, "scale").orElse(Scale.SAMPLE.name()), context(node, "dbInstanceClass")));
  }

  private static Optional<String> context(Node node, String key) {
    return Optional.ofNullable(node.tryGetContext(key)).map(Object::toString).filter(value -> !value.isBlank());
  }

  /** The settings as context again: the pipeline's build synthesizes exactly what this synthesis produced. */
  public Map<String, String> asContext() {
    Map<String, String> context = new LinkedHashMap<>();
    context.put("env", env);
    context.put("connectionArn", connectionArn);
    context.put("repoOwner", repoOwner);
    context.put("repoName", repoName);
    context.put("branch", branch);
    context.put("alarmEmail", alarmEmail);
    context.put("solutionStack", solutionStack);
    context.put("s3Trigger", Boolean.toString(s3Trigger));
    context.put("cdn", Boolean.toString(cdn));
    context.putAll(scale.asContext());
    return context;
  }

  public boolean prod() {
    return env.equals("prod");
  }

  /** {@code weather-<env>-<part>}: stacks, functions, alarms, the Elastic Beanstalk environment. */
  public String name(String part) {
    return "weather-" + env + "-" + part;
  }

  public String applicationName() {
    return "weather-" + env;
  }

  public String apiEnvironmentName() {
    return name("api");
  }

  public String databaseSecretName() {
    return "weather/" + env + "/database";
  }

  public String cursorSecretName() {
    return "weather/" + env + "/cursor-secret";
  }

  /** Data is retained on stack deletion in prod only; dev tears down completely. */
  public RemovalPolicy dataRemovalPolicy() {
    return prod() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  }

  public RetentionDays logRetention() {
    return prod() ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS;
  }

  public int logRetentionDays() {
    return prod() ? 90 : 14;
  }

  public Duration backupRetention() {
    return Duration.days(prod() ? 14 : 1);
  }

  /** One NAT gateway in dev (cost); one per AZ in prod (an AZ outage must not cut the other AZ off). */
  public int natGateways() {
    return prod() ? 2 : 1;
  }

  public String databaseInstanceType() {
    return prod() ? "t4g.small" : "t4g.micro";
  }

  public String apiInstanceType() {
    return prod() ? "t4g.medium" : "t4g.small";
  }

  public int minInstances() {
    return prod() ? 2 : 1;
  }

  public int maxInstances() {
    return prod() ? 4 : 2;
  }
}
