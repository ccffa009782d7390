package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NetworkAndDatabaseTest {

  private final Synthesized dev = Synthesized.dev();
  private final Synthesized prod = Synthesized.prod();

  @Test
  void vpcSpansTwoZonesWithPublicAppAndDataSubnetsAndAnS3GatewayEndpoint() {
    Template network = dev.template(dev.deployment.network());
    network.resourceCountIs("AWS::EC2::Subnet", 6);
    network.resourceCountIs("AWS::EC2::NatGateway", 1);
    prod.template(prod.deployment.network()).resourceCountIs("AWS::EC2::NatGateway", 2);
    network.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of("VpcEndpointType", "Gateway"));
    assertThat(Cfn.only(dev.json(dev.deployment.network()), "AWS::EC2::VPCEndpoint").toString()).contains(".s3");
  }

  @Test
  void allVpcTrafficIsLoggedToCloudWatchLogs() {
    dev.template(dev.deployment.network()).hasResourceProperties("AWS::EC2::FlowLog", Map.of(
        "ResourceType", "VPC", "TrafficType", "ALL", "LogDestinationType", "cloud-watch-logs"));
  }

  @Test
  void databaseIsPrivateEncryptedBackedUpAndInTheIsolatedSubnets() {
    Template data = dev.template(dev.deployment.data());
    data.hasResourceProperties("AWS::RDS::DBInstance", Map.of(
        "Engine", "postgres",
        "EngineVersion", Match.stringLikeRegexp("^16"),
        "PubliclyAccessible", false,
        "StorageEncrypted", true,
        "BackupRetentionPeriod", 1,
        "Port", "5432"));
    JsonNode subnets = Cfn.only(dev.json(dev.deployment.data()), "AWS::RDS::DBSubnetGroup").at("/Properties/SubnetIds");
    assertThat(subnets).hasSize(2);
    assertThat(subnets.toString()).contains("Vpcdata").doesNotContain("Vpcapp").doesNotContain("Vpcpublic");
  }

  @Test
  void databaseAdmitsPort5432OnlyFromTheApiAndLambdaSecurityGroups() {
    JsonNode template = dev.json(dev.deployment.data());
    String databaseId = Cfn.resources(template, "AWS::RDS::DBInstance").keySet().iterator().next();
    JsonNode database = Cfn.resource(template, databaseId);
    String groupId = Cfn.target(database.at("/Properties/VPCSecurityGroups/0"));
    assertThat(Cfn.resource(template, groupId).at("/Properties/SecurityGroupIngress").isMissingNode()).isTrue();

    Map<String, JsonNode> ingress = Cfn.resources(template, "AWS::EC2::SecurityGroupIngress");
    assertThat(ingress.values()).allSatisfy(rule -> {
      assertThat(Cfn.target(rule.at("/Properties/GroupId"))).isEqualTo(groupId);
      assertThat(rule.at("/Properties/IpProtocol").asText()).isEqualTo("tcp");
      assertThat(Cfn.target(rule.at("/Properties/FromPort"))).isEqualTo(databaseId);   // Endpoint.Port = 5432
      assertThat(rule.at("/Properties/CidrIp").isMissingNode()).isTrue();
    });
    List<String> sources = ingress.values().stream()
        .map(rule -> rule.at("/Properties/SourceSecurityGroupId/Fn::ImportValue").asText()).sorted().toList();
    assertThat(sources).hasSize(2);
    assertThat(sources.get(0)).contains("ApiSecurityGroup");
    assertThat(sources.get(1)).contains("LambdaSecurityGroup");
    // ...and no other stack opens the database's group.
    for (var stack : dev.deployment.stacks()) {
      if (stack != dev.deployment.data()) {
        assertThat(dev.json(stack).toString()).doesNotContain("DatabaseSecurityGroup");
      }
    }
  }

  @Test
  void credentialsAreGeneratedIntoANamedSecretAndRotated() {
    Template data = dev.template(dev.deployment.data());
    data.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
        "Name", "weather/dev/database",
        "GenerateSecretString", Match.objectLike(Map.of("GenerateStringKey", "password"))));
    data.hasResourceProperties("AWS::SecretsManager::RotationSchedule", Map.of(
        "RotationRules", Map.of("ScheduleExpression", "rate(30 days)")));
    data.hasResourceProperties("AWS::Serverless::Application", Map.of(
        "Parameters", Match.objectLike(Map.of("vpcSecurityGroupIds", Match.anyValue()))));
  }

  @Test
  void onlyProdProtectsTheDatabaseAndKeepsItOnDeletion() {
    prod.template(prod.deployment.data()).hasResource("AWS::RDS::DBInstance", Map.of(
        "DeletionPolicy", "Retain",
        "Properties", Match.objectLike(Map.of("DeletionProtection", true, "MultiAZ", true))));
    dev.template(dev.deployment.data()).hasResource("AWS::RDS::DBInstance", Map.of(
        "DeletionPolicy", "Delete",
        "Properties", Match.objectLike(Map.of("DeletionProtection", false, "MultiAZ", false))));
    assertThat(prod.deployment.data().getTerminationProtection()).isTrue();
    assertThat(dev.deployment.data().getTerminationProtection()).isFalse();
  }

  @Test
  void databaseLogsGoToALogGroupWithRetention() {
    dev.template(dev.deployment.data()).hasResourceProperties("AWS::Logs::LogGroup", Map.of(
        "LogGroupName", "/aws/rds/instance/weather-dev-db/postgresql",
        "RetentionInDays", 14));
  }
}
