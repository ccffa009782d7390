package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.weatherdata.application.ingestion.model.IngestionEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

class IngestionTest {

  private static final String PACKAGE = "io.weatherdata.bootstrap.lambda.";
  private final Synthesized dev = Synthesized.dev();
  private final Synthesized prod = Synthesized.prod();
  private final JsonNode template = dev.json(dev.deployment.ingestion());

  @Test
  void rawBucketBlocksPublicAccessIsEncryptedVersionedLoggedAndExpiresOldVersions() {
    dev.template(dev.deployment.ingestion()).hasResourceProperties("AWS::S3::Bucket", Map.of(
        "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
            "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
        "BucketEncryption", Match.objectLike(Map.of("ServerSideEncryptionConfiguration", Match.anyValue())),
        "VersioningConfiguration", Map.of("Status", "Enabled"),
        "LoggingConfiguration", Match.objectLike(Map.of("LogFilePrefix", "raw-bucket/")),
        "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
            "NoncurrentVersionExpiration", Match.objectLike(Map.of("NoncurrentDays", 90)),
            "Status", "Enabled"))))));
  }

  @Test
  void rawBucketPolicyDeniesEveryRequestWithoutTls() {
    JsonNode statements = Cfn.resources(template, "AWS::S3::BucketPolicy").values().stream()
        .filter(policy -> Cfn.target(policy.at("/Properties/Bucket")).startsWith("RawBucket"))
        .findFirst().orElseThrow().at("/Properties/PolicyDocument/Statement");
    assertThat(statements).anySatisfy(statement -> {
      assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
      assertThat(statement.path("Action").asText()).isEqualTo("s3:*");
      assertThat(statement.at("/Principal/AWS").asText()).isEqualTo("*");
      assertThat(statement.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
    });
  }

  @Test
  void rawBucketIsKeptInProdAndEmptiedAndDeletedInDev() {
    prod.template(prod.deployment.ingestion()).hasResource("AWS::S3::Bucket", Map.of("DeletionPolicy", "Retain"));
    prod.template(prod.deployment.ingestion()).resourceCountIs("Custom::S3AutoDeleteObjects", 0);
    dev.template(dev.deployment.ingestion()).hasResource("AWS::S3::Bucket", Map.of("DeletionPolicy", "Delete"));
  }

  @Test
  void theDailyScheduleTargetsTheScheduledIngestionAlias() {
    JsonNode rule = rule("daily-ingestion");
    assertThat(rule.at("/Properties/ScheduleExpression").asText()).isEqualTo("cron(0 3 * * ? *)");
    JsonNode target = rule.at("/Properties/Targets/0");
    assertThat(Cfn.handlerBehindAlias(template, target.path("Arn")))
        .isEqualTo(PACKAGE + "ScheduledIngestFunction::handleRequest");
    assertThat(target.at("/DeadLetterConfig/Arn").toString()).contains("FailedEvents");
  }

  @Test
  void theCompletionEventOnTheCustomBusTargetsTheAnalysisAlias() {
    JsonNode rule = rule("analysis-on-ingestion-completed");
    assertThat(Cfn.resource(template, Cfn.target(rule.at("/Properties/EventBusName"))).path("Type").asText())
        .isEqualTo("AWS::Events::EventBus");
    // the code's names (infra keeps its own copy, so it imports no service code): the rule matches what is published
    assertThat(rule.at("/Properties/EventPattern/source/0").asText()).isEqualTo(IngestionEvents.SOURCE);
    assertThat(rule.at("/Properties/EventPattern/detail-type/0").asText()).isEqualTo(IngestionEvents.COMPLETED);
    assertThat(Cfn.handlerBehindAlias(template, rule.at("/Properties/Targets/0/Arn")))
        .isEqualTo(PACKAGE + "IngestionCompletedAnalysisFunction::handleRequest");
  }

  @Test
  void newRawObjectsTriggerTheS3IngestionAliasOnlyWhenConfigured() {
    JsonNode notifications = Cfn.only(template, "Custom::S3BucketNotifications");
    JsonNode lambda = notifications.at("/Properties/NotificationConfiguration/LambdaFunctionConfigurations/0");
    assertThat(lambda.path("Events").toString()).contains("s3:ObjectCreated:*");
    assertThat(lambda.at("/Filter/Key/FilterRules").toString()).contains("wx_data/").contains(".txt");
    assertThat(Cfn.handlerBehindAlias(template, lambda.path("LambdaFunctionArn")))
        .isEqualTo(PACKAGE + "S3ObjectIngestFunction::handleRequest");
    assertThat(notifications.path("DependsOn").toString()).contains("BucketNotificationsRoleDefaultPolicy");
    prod.template(prod.deployment.ingestion()).resourceCountIs("Custom::S3BucketNotifications", 0);
  }

  @Test
  void everyFunctionRunsOnSnapStartInTheVpcOneAtATimeWithItsOwnLogGroup() {
    Map<String, JsonNode> functions = Cfn.serviceFunctions(template);
    assertThat(functions).hasSize(3);
    assertThat(functions.values()).allSatisfy(function -> {
      JsonNode properties = function.path("Properties");
      assertThat(properties.path("Runtime").asText()).isEqualTo("java21");
      assertThat(properties.at("/SnapStart/ApplyOn").asText()).isEqualTo("PublishedVersions");
      assertThat(properties.path("ReservedConcurrentExecutions").asInt()).isEqualTo(1);
      assertThat(properties.at("/VpcConfig/SecurityGroupIds").toString()).contains("LambdaSecurityGroup");
      assertThat(properties.at("/VpcConfig/SubnetIds").toString()).contains("Vpcapp");
      assertThat(properties.at("/LoggingConfig/LogGroup").has("Ref")).isTrue();
    });
    dev.template(dev.deployment.ingestion()).resourcePropertiesCountIs("AWS::Logs::LogGroup",
        Map.of("RetentionInDays", 14), 3);
  }

  @Test
  void aliasesPointAtPublishedVersionsAndSendFailuresToTheQueue() {
    Map<String, JsonNode> aliases = Cfn.resources(template, "AWS::Lambda::Alias");
    assertThat(aliases).hasSize(3);
    assertThat(aliases.values()).allSatisfy(alias -> {
      assertThat(alias.at("/Properties/Name").asText()).isEqualTo("live");
      String version = Cfn.target(alias.at("/Properties/FunctionVersion"));
      assertThat(Cfn.resource(template, version).path("Type").asText()).isEqualTo("AWS::Lambda::Version");
    });
    assertThat(Cfn.resources(template, "AWS::Lambda::EventInvokeConfig").values()).hasSize(3).allSatisfy(config -> {
      assertThat(config.at("/Properties/Qualifier").toString()).contains("Alias");
      assertThat(config.at("/Properties/DestinationConfig/OnFailure/Destination").toString()).contains("FailedEvents");
    });
  }

  @Test
  void everyFunctionNamesTheSecretAndBucketAndTheIngestingOnesTheBus() {
    assertThat(Cfn.serviceFunctions(template).values()).allSatisfy(function -> {
      JsonNode env = function.at("/Properties/Environment/Variables");
      assertThat(env.path("DATABASE_SECRET_ID").asText()).isEqualTo("weather/dev/database");
      assertThat(env.path("RAW_PREFIX").asText()).isEqualTo("wx_data/");
      assertThat(Cfn.resource(template, Cfn.target(env.path("RAW_BUCKET"))).path("Type").asText())
          .isEqualTo("AWS::S3::Bucket");
      boolean analysis = function.at("/Properties/Handler").asText().contains("Analysis");
      assertThat(env.has("EVENT_BUS_NAME")).isEqualTo(!analysis);
      if (!analysis) {
        assertThat(Cfn.resource(template, Cfn.target(env.path("EVENT_BUS_NAME"))).path("Type").asText())
            .isEqualTo("AWS::Events::EventBus");
      }
    });
  }

  private JsonNode rule(String suffix) {
    return Cfn.resources(template, "AWS::Events::Rule").values().stream()
        .filter(rule -> rule.at("/Properties/Name").asText().equals("weather-dev-" + suffix))
        .findFirst().orElseThrow(() -> new AssertionError("no rule weather-dev-" + suffix));
  }
}
