package io.weatherdata.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IRuleTarget;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Raw data, ingestion and analysis: the raw-file bucket, the custom event bus, the three Lambdas of the service's
 * Lambda artifact (each on a SnapStart-published version behind the alias {@value #ALIAS}, in the VPC, one at a
 * time), what triggers them (a daily schedule, new objects under {@link Settings#RAW_PREFIX}, the
 * {@value #COMPLETED_DETAIL_TYPE} event) and the queue that keeps the events they failed on.
 */
public final class IngestionStack extends Stack {

  public static final String ALIAS = "live";
  public static final String HANDLER_PACKAGE = "io.weatherdata.bootstrap.lambda.";
  public static final String COMPLETED_SOURCE = "io.weatherdata.ingestion";
  public static final String COMPLETED_DETAIL_TYPE = "IngestionCompleted";
  /** Daily ingestion at 03:00 UTC. */
  public static final String SCHEDULE = "cron(0 3 * * ? *)";

  /** One of the service's Lambda entry points. */
  record Spec(String id, String name, String handlerClass, int memoryMb, Duration timeout, boolean ingests) {
  }

  static final List<Spec> SPECS = List.of(
      new Spec("ScheduledIngest", "scheduled-ingest", "ScheduledIngestFunction", 2048, Duration.minutes(15), true),
      new Spec("S3ObjectIngest", "s3-ingest", "S3ObjectIngestFunction", 2048, Duration.minutes(15), true),
      new Spec("Analysis", "analysis", "IngestionCompletedAnalysisFunction", 1024, Duration.minutes(10), false));

  private final Bucket rawBucket;
  private final EventBus bus;
  private final Queue failedEvents;
  private final Map<String, Function> functions = new LinkedHashMap<>();
  private final Map<String, Alias> aliases = new LinkedHashMap<>();

  public IngestionStack(Construct scope, String id, StackProps props, Settings settings, Artifacts artifacts,
      NetworkStack network, DataStack data) {
    super(scope, id, props);
    // CDK's bucket-notification handler would otherwise get s3:PutBucketNotification on "*".
    Role notificationsRole = Role.Builder.create(this, "BucketNotificationsRole")
        .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
        .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole")))
        .build();
    rawBucket = Bucket.Builder.create(this, "RawBucket")
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .encryption(BucketEncryption.S3_MANAGED)
        .enforceSsl(true)
        .minimumTlsVersion(1.2)
        .versioned(true)
        .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
        .lifecycleRules(List.of(LifecycleRule.builder()
            .id("expire-noncurrent-versions")
            .noncurrentVersionExpiration(Duration.days(90))
            .noncurrentVersionsToRetain(3)
            .abortIncompleteMultipartUploadAfter(Duration.days(7))
            .build()))
        .removalPolicy(settings.dataRemovalPolicy())
        .autoDeleteObjects(!settings.prod())
        .notificationsHandlerRole(notificationsRole.withoutPolicyUpdates())
        .build();
    notificationsRole.addToPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:PutBucketNotification"))
        .resources(List.of(rawBucket.getBucketArn()))
        .build());

    bus = EventBus.Builder.create(this, "Bus").eventBusName(settings.name("events")).build();
    failedEvents = Queue.Builder.create(this, "FailedEvents")
        .queueName(settings.name("failed-events"))
        .encryption(QueueEncryption.SQS_MANAGED)
        .enforceSsl(true)
        .retentionPeriod(Duration.days(14))
        .build();

    Code code = Code.fromAsset(artifacts.lambdaJar().toString());
    for (Spec spec : SPECS) {
      define(spec, code, settings, network, data);
    }

    Rule.Builder.create(this, "DailyIngestion")
        .ruleName(settings.name("daily-ingestion"))
        .description("Ingests the raw bucket's " + Settings.RAW_PREFIX + " prefix once a day")
        .schedule(Schedule.expression(SCHEDULE))
        .targets(List.of(target(aliases.get("ScheduledIngest"))))
        .build();
    Rule.Builder.create(this, "AnalysisOnIngestionCompleted")
        .ruleName(settings.name("analysis-on-ingestion-completed"))
        .description("Recomputes yearly statistics after each ingestion run")
        .eventBus(bus)
        .eventPattern(EventPattern.builder()
            .source(List.of(COMPLETED_SOURCE))
            .detailType(List.of(COMPLETED_DETAIL_TYPE))
            .build())
        .targets(List.of(target(aliases.get("Analysis"))))
        .build();
    if (settings.s3Trigger()) {
      rawBucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(aliases.get("S3ObjectIngest")),
          NotificationKeyFilter.builder().prefix(Settings.RAW_PREFIX).suffix(".txt").build());
      // The handler must not run before its role has the permission above.
      rawBucket.getNode().findChild("Notifications").getNode().addDependency(notificationsRole);
    }

    CfnOutput.Builder.create(this, "RawBucketName").value(rawBucket.getBucketName()).build();
    CfnOutput.Builder.create(this, "EventBusName").value(bus.getEventBusName()).build();
    CfnOutput.Builder.create(this, "IngestionAliasArn").value(aliases.get("ScheduledIngest").getFunctionArn()).build();
  }

  private void define(Spec spec, Code code, Settings settings, NetworkStack network, DataStack data) {
    String name = settings.name(spec.name());
    // The functions' shared settings read RAW_BUCKET in every function; only the ingesting ones may read the bucket.
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("DATABASE_SECRET_ID", settings.databaseSecretName());
    environment.put("RAW_BUCKET", rawBucket.getBucketName());
    environment.put("RAW_PREFIX", Settings.RAW_PREFIX);
    if (spec.ingests()) {
      environment.put("EVENT_BUS_NAME", bus.getEventBusName());
    }
    Function function = Function.Builder.create(this, spec.id())
        .functionName(name)
        .description(spec.handlerClass() + " of the weather data service")
        .runtime(Runtime.JAVA_21)
        .architecture(Architecture.ARM_64)
        .handler(HANDLER_PACKAGE + spec.handlerClass() + "::handleRequest")
        .code(code)
        .memorySize(spec.memoryMb())
        .timeout(spec.timeout())
        .environment(environment)
        .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
        // One run at a time: ingestion serialises on a database lock anyway, analysis recomputes shared rows.
        .reservedConcurrentExecutions(1)
        .vpc(network.vpc())
        .vpcSubnets(NetworkStack.APP_SUBNETS)
        .securityGroups(List.of(network.lambdaSecurityGroup()))
        .logGroup(LogGroup.Builder.create(this, spec.id() + "Log")
            .logGroupName("/aws/lambda/" + name)
            .retention(settings.logRetention())
            .removalPolicy(settings.dataRemovalPolicy())
            .build())
        .build();
    Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
        "the alias below points at a published version (currentVersion)");
    data.secret().grantRead(function);
    if (spec.ingests()) {
      function.addToRolePolicy(PolicyStatement.Builder.create()
          .actions(List.of("s3:ListBucket"))
          .resources(List.of(rawBucket.getBucketArn()))
          .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(Settings.RAW_PREFIX + "*"))))
          .build());
      function.addToRolePolicy(PolicyStatement.Builder.create()
          .actions(List.of("s3:GetObject"))
          .resources(List.of(rawBucket.arnForObjects(Settings.RAW_PREFIX + "*")))
          .build());
      bus.grantPutEventsTo(function);
    }
    Alias alias = Alias.Builder.create(this, spec.id() + "Alias")
        .aliasName(ALIAS)
        .version(function.getCurrentVersion())
        .onFailure(new SqsDestination(failedEvents))
        .retryAttempts(2)
        .maxEventAge(Duration.hours(6))
        .build();
    functions.put(spec.id(), function);
    aliases.put(spec.id(), alias);
  }

  private IRuleTarget target(Alias alias) {
    return LambdaFunction.Builder.create(alias)
        .deadLetterQueue(failedEvents)
        .retryAttempts(2)
        .maxEventAge(Duration.hours(2))
        .build();
  }

  public Bucket rawBucket() {
    return rawBucket;
  }

  public EventBus bus() {
    return bus;
  }

  public Queue failedEvents() {
    return failedEvents;
  }

  /** The functions by spec id: ScheduledIngest, S3ObjectIngest, Analysis. */
  public List<Function> functions() {
    return new ArrayList<>(functions.values());
  }

  public Map<String, Alias> aliases() {
    return aliases;
  }
}
