package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

/**
 * {@code -c scale=ghcn} (prod, defaults): Aurora PostgreSQL 16 with a writer and a reader, reached directly by the API
 * and the Lambdas (no RDS Proxy), every function still one run at a time; and none of it in the sample templates.
 */
class ScaleGhcnTest {

  private final Synthesized ghcn = Synthesized.ghcn();
  private final JsonNode data = ghcn.json(ghcn.deployment.data());
  private final JsonNode ingestion = ghcn.json(ghcn.deployment.ingestion());
  private final String clusterId = id(data, "AWS::RDS::DBCluster");

  @Test
  void theDatabaseIsAnEncryptedIoOptimizedAuroraPostgres16ClusterWithAWriterAndAReader() {
    JsonNode cluster = Cfn.resource(data, clusterId).path("Properties");
    assertThat(cluster.path("Engine").asText()).isEqualTo("aurora-postgresql");
    assertThat(cluster.path("EngineVersion").asText()).startsWith("16.");
    assertThat(cluster.path("StorageType").asText()).isEqualTo("aurora-iopt1");
    assertThat(cluster.path("StorageEncrypted").asBoolean()).isTrue();
    assertThat(cluster.path("DatabaseName").asText()).isEqualTo("weather");
    assertThat(cluster.path("EnableCloudwatchLogsExports").toString()).isEqualTo("[\"postgresql\"]");
    assertThat(Cfn.resource(data, Cfn.target(cluster.path("DBSubnetGroupName"))).at("/Properties/SubnetIds")
        .toString()).contains("Vpcdata").doesNotContain("Vpcapp").doesNotContain("Vpcpublic");

    Map<String, JsonNode> members = Cfn.resources(data, "AWS::RDS::DBInstance");
    assertThat(members.keySet()).hasSize(2).anyMatch(id -> id.startsWith("DatabaseWriter"))
        .anyMatch(id -> id.startsWith("DatabaseReader"));
    assertThat(members.values()).allSatisfy(member -> {
      assertThat(Cfn.target(member.at("/Properties/DBClusterIdentifier"))).isEqualTo(clusterId);
      assertThat(member.at("/Properties/DBInstanceClass").asText()).isEqualTo("db.r6g.large");
      assertThat(member.at("/Properties/Engine").asText()).isEqualTo("aurora-postgresql");
      assertThat(member.at("/Properties/PubliclyAccessible").asBoolean()).isFalse();
    });
  }

  @Test
  void prodProtectsTheClusterKeepsItOnDeletionAndBacksItUpForTwoWeeks() {
    ghcn.template(ghcn.deployment.data()).hasResource("AWS::RDS::DBCluster", Map.of(
        "DeletionPolicy", "Retain",
        "Properties", Match.objectLike(Map.of("DeletionProtection", true, "BackupRetentionPeriod", 14))));
    ghcn.template(ghcn.deployment.data()).hasResourceProperties("AWS::Logs::LogGroup", Map.of(
        "LogGroupName", "/aws/rds/cluster/weather-prod-db/postgresql", "RetentionInDays", 90));
  }

  @Test
  void theGeneratedSecretIsAttachedToTheClusterAndRotated() {
    JsonNode secret = Cfn.only(data, "AWS::SecretsManager::Secret");
    assertThat(secret.at("/Properties/Name").asText()).isEqualTo("weather/prod/database");
    JsonNode attachment = Cfn.only(data, "AWS::SecretsManager::SecretTargetAttachment").path("Properties");
    assertThat(attachment.path("TargetType").asText()).isEqualTo("AWS::RDS::DBCluster");
    assertThat(Cfn.target(attachment.path("TargetId"))).isEqualTo(clusterId);
    assertThat(Cfn.resource(data, clusterId).at("/Properties/MasterUserPassword").toString())
        .contains("{{resolve:secretsmanager:").contains("SecretString:password");
    assertThat(Cfn.only(data, "AWS::SecretsManager::RotationSchedule").at("/Properties/RotationRules")
        .toString()).contains("rate(30 days)");
  }

  @Test
  void theDatabaseAdmitsTheApiAndLambdaGroupsOnly() {
    String databaseGroup = Cfn.target(Cfn.resource(data, clusterId).at("/Properties/VpcSecurityGroupIds/0"));
    assertThat(sourcesOf(databaseGroup)).hasSize(2).anyMatch(source -> source.contains("ApiSecurityGroup"))
        .anyMatch(source -> source.contains("LambdaSecurityGroup"));
    assertThat(Cfn.resources(data, "AWS::EC2::SecurityGroup")).hasSize(1);
    assertThat(Cfn.resources(data, "AWS::EC2::SecurityGroupIngress").values())
        .allSatisfy(rule -> assertThat(rule.at("/Properties/CidrIp").isMissingNode()).isTrue());
  }

  @Test
  void thereIsNoRdsProxyAndTheLambdasTakeTheWritersHostFromTheSecret() {
    assertThat(Cfn.resources(data, "AWS::RDS::DBProxy")).isEmpty();
    assertThat(Cfn.resources(data, "AWS::RDS::DBProxyTargetGroup")).isEmpty();
    assertThat(data.path("Outputs").fieldNames()).toIterable().noneMatch(output -> output.contains("Proxy"))
        .contains("DatabaseEndpoint", "DatabaseReaderEndpoint");
    Map<String, JsonNode> functions = Cfn.serviceFunctions(ingestion);
    assertThat(functions).hasSize(3);
    assertThat(functions.values()).allSatisfy(function -> {
      JsonNode env = function.at("/Properties/Environment/Variables");
      assertThat(env.path("DATABASE_SECRET_ID").asText()).isEqualTo("weather/prod/database");
      assertThat(env.has("DATABASE_HOST")).isFalse();
    });
  }

  @Test
  void theApiKeepsTheSecretAndSoTheClustersWriterEndpoint() {
    Map<String, JsonNode> options = Cfn.optionSettings(Cfn.only(ghcn.json(ghcn.deployment.api()),
        "AWS::ElasticBeanstalk::Environment"));
    String env = "aws:elasticbeanstalk:application:environment/";
    assertThat(options.get(env + "DATABASE_SECRET_ID").asText()).isEqualTo("weather/prod/database");
    assertThat(options).doesNotContainKey(env + "DATABASE_HOST").doesNotContainKey(env + "DATABASE_URL");
  }

  @Test
  void everyFunctionRunsOneAtATimeAndS3EventsWaitUpToSixHoursWithRetries() {
    Map<String, JsonNode> functions = Cfn.serviceFunctions(ingestion);
    assertThat(functions).hasSize(3);
    assertThat(functions.values()).allSatisfy(function ->
        assertThat(function.at("/Properties/ReservedConcurrentExecutions").asInt()).isEqualTo(1));
    JsonNode s3Ingest = functions.get(id(functions, "S3ObjectIngest"));
    JsonNode notification = Cfn.only(ingestion, "Custom::S3BucketNotifications")
        .at("/Properties/NotificationConfiguration/LambdaFunctionConfigurations/0/LambdaFunctionArn");
    assertThat(Cfn.functionBehindAlias(ingestion, notification)).isEqualTo(s3Ingest);
    JsonNode invoke = Cfn.resources(ingestion, "AWS::Lambda::EventInvokeConfig").values().stream()
        .filter(config -> Cfn.target(config.at("/Properties/FunctionName")).startsWith("S3ObjectIngest"))
        .findFirst().orElseThrow().path("Properties");
    assertThat(invoke.path("MaximumEventAgeInSeconds").asInt()).isEqualTo(6 * 60 * 60);
    assertThat(invoke.path("MaximumRetryAttempts").asInt()).isEqualTo(2);
    assertThat(invoke.at("/DestinationConfig/OnFailure/Destination").toString()).contains("FailedEvents");
  }

  @Test
  void theAlarmsAndDashboardWatchTheCluster() {
    JsonNode monitoring = ghcn.json(ghcn.deployment.monitoring());
    List<JsonNode> databaseAlarms = Cfn.resources(monitoring, "AWS::CloudWatch::Alarm").values().stream()
        .filter(alarm -> alarm.at("/Properties/AlarmName").asText().startsWith("weather-prod-db-")).toList();
    assertThat(databaseAlarms).hasSize(2).allSatisfy(alarm ->
        assertThat(alarm.at("/Properties/Dimensions/0/Name").asText()).isEqualTo("DBClusterIdentifier"));
    assertThat(databaseAlarms).extracting(alarm -> alarm.at("/Properties/MetricName").asText())
        .containsExactlyInAnyOrder("CPUUtilization", "FreeLocalStorage");
    assertThat(Cfn.only(monitoring, "AWS::CloudWatch::Dashboard").toString()).contains("DBClusterIdentifier")
        .doesNotContain("DBInstanceIdentifier");
  }

  @Test
  void thePipelineSynthesizesAtTheSameScale() {
    String context = Cfn.resources(ghcn.json(ghcn.deployment.pipeline()), "AWS::CodeBuild::Project").values()
        .stream().map(project -> project.at("/Properties/Environment/EnvironmentVariables").toString())
        .filter(variables -> variables.contains("CDK_CONTEXT_JSON")).findFirst().orElseThrow();
    assertThat(context).contains("\\\"scale\\\":\\\"ghcn\\\"").contains("\\\"dbInstanceClass\\\":\\\"r6g.large\\\"")
        .doesNotContain("ingestConcurrency");
  }

  @Test
  void theSampleTemplatesHaveOneInstanceAndNoCluster() {
    for (Synthesized sample : Synthesized.both()) {
      JsonNode sampleData = sample.json(sample.deployment.data());
      assertThat(Cfn.resources(sampleData, "AWS::RDS::DBInstance")).hasSize(1);
      assertThat(Cfn.resources(sampleData, "AWS::RDS::DBCluster")).isEmpty();
      assertThat(Cfn.resources(sampleData, "AWS::RDS::DBProxy")).isEmpty();
      JsonNode sampleIngestion = sample.json(sample.deployment.ingestion());
      assertThat(sampleIngestion.toString()).doesNotContain("DATABASE_HOST");
      assertThat(Cfn.resources(sampleIngestion, "AWS::Lambda::Function").values()).allSatisfy(function ->
          assertThat(function.at("/Properties/ReservedConcurrentExecutions").asInt(1)).isEqualTo(1));
      assertThat(sample.json(sample.deployment.pipeline()).toString()).doesNotContain("\\\"scale\\\"");
    }
  }

  /** The logical id of the template's one resource of a type, or of the one resource whose id starts so. */
  private static String id(JsonNode template, String type) {
    Map<String, JsonNode> found = Cfn.resources(template, type);
    assertThat(found).as(type).hasSize(1);
    return found.keySet().iterator().next();
  }

  private static String id(Map<String, JsonNode> resources, String prefix) {
    return resources.keySet().stream().filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
  }

  /** The sources of the ingress rules into one security group of the data stack, as JSON text. */
  private List<String> sourcesOf(String group) {
    return Cfn.resources(data, "AWS::EC2::SecurityGroupIngress").values().stream()
        .filter(rule -> Cfn.target(rule.at("/Properties/GroupId")).equals(group))
        .map(rule -> rule.at("/Properties/SourceSecurityGroupId").toString()).toList();
  }
}
