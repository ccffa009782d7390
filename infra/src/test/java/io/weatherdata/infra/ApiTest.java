package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ApiTest {

  private static final String ENV = "aws:elasticbeanstalk:application:environment/";
  private final Synthesized dev = Synthesized.dev();
  private final JsonNode template = dev.json(dev.deployment.api());
  private final Map<String, JsonNode> options =
      Cfn.optionSettings(Cfn.only(template, "AWS::ElasticBeanstalk::Environment"));

  @Test
  void theEnvironmentNamesTheDatabaseSecretAndNeverCarriesAPassword() {
    assertThat(options.get(ENV + "DATABASE_SECRET_ID").asText()).isEqualTo("weather/dev/database");
    assertThat(options).doesNotContainKey(ENV + "DATABASE_URL");
    assertThat(options.keySet()).noneMatch(key -> key.toUpperCase().contains("PASSWORD"));
    String environment = Cfn.only(template, "AWS::ElasticBeanstalk::Environment").toString();
    assertThat(environment).doesNotContain("{{resolve:").doesNotContain("SecretString").doesNotContain("password");
    JsonNode cursor = options.get("aws:elasticbeanstalk:application:environmentsecrets/CURSOR_SECRET");
    assertThat(Cfn.resource(template, Cfn.target(cursor)).path("Type").asText())
        .isEqualTo("AWS::SecretsManager::Secret");
  }

  @Test
  void theServiceListensWhereNginxProxiesAndIsCheckedOnAnApplicationPath() {
    assertThat(options.get(ENV + "PORT").asText()).isEqualTo("5000");
    assertThat(options.get("aws:elasticbeanstalk:environment:process:default/HealthCheckPath").asText())
        .isEqualTo("/api/ingestions?limit=1");
    assertThat(options.get("aws:elasticbeanstalk:healthreporting:system/SystemType").asText()).isEqualTo("enhanced");
  }

  @Test
  void instanceLogsStreamToCloudWatchWithRetentionAndRotatedLogsGoToS3() {
    assertThat(options.get("aws:elasticbeanstalk:cloudwatch:logs/StreamLogs").asText()).isEqualTo("true");
    assertThat(options.get("aws:elasticbeanstalk:hostmanager/LogPublicationControl").asText()).isEqualTo("true");
    assertThat(options.get("aws:elasticbeanstalk:cloudwatch:logs/RetentionInDays").asInt()).isEqualTo(14);
    assertThat(options.get("aws:elasticbeanstalk:cloudwatch:logs:health/RetentionInDays").asInt()).isEqualTo(14);
  }

  @Test
  void instancesRunInThePrivateSubnetsBehindAPublicLoadBalancer() {
    assertThat(options.get("aws:elasticbeanstalk:environment/LoadBalancerType").asText()).isEqualTo("application");
    assertThat(options.get("aws:ec2:vpc/ELBScheme").asText()).isEqualTo("public");
    assertThat(options.get("aws:ec2:vpc/AssociatePublicIpAddress").asText()).isEqualTo("false");
    assertThat(options.get("aws:ec2:vpc/Subnets").toString()).contains("Vpcapp").doesNotContain("Vpcpublic");
    assertThat(options.get("aws:ec2:vpc/ELBSubnets").toString()).contains("Vpcpublic").doesNotContain("Vpcapp");
    assertThat(options.get("aws:autoscaling:launchconfiguration/SecurityGroups").toString())
        .contains("ApiSecurityGroup");
  }

  @Test
  void itScalesOnCpuBetweenSensibleBounds() {
    assertThat(options.get("aws:autoscaling:trigger/MeasureName").asText()).isEqualTo("CPUUtilization");
    assertThat(options.get("aws:autoscaling:asg/MinSize").asInt()).isEqualTo(1);
    assertThat(options.get("aws:autoscaling:asg/MaxSize").asInt()).isEqualTo(2);
    Map<String, JsonNode> prod = Cfn.optionSettings(Cfn.only(Synthesized.prod().json(Synthesized.prod()
        .deployment.api()),
        "AWS::ElasticBeanstalk::Environment"));
    assertThat(prod.get("aws:autoscaling:asg/MinSize").asInt()).isEqualTo(2);
    assertThat(prod.get("aws:elasticbeanstalk:command/DeploymentPolicy").asText()).isEqualTo("Immutable");
  }

  @Test
  void theFirstVersionIsTheServiceBundleUploadedAsAnAsset() {
    JsonNode bundle = Cfn.only(template, "AWS::ElasticBeanstalk::ApplicationVersion").at("/Properties/SourceBundle");
    assertThat(bundle.path("S3Bucket").toString()).contains("cdk-hnb659fds-assets");
    assertThat(bundle.path("S3Key").asText()).endsWith(".zip");
  }

  @Test
  void cloudFrontServesHttpsAndCachesOnlyWhatCacheControlAllows() {
    Template api = dev.template(dev.deployment.api());
    Object cacheKey = Match.objectLike(Map.of(
        "QueryStringsConfig", Map.of("QueryStringBehavior", "all"),
        "HeadersConfig", Map.of("HeaderBehavior", "whitelist", "Headers", List.of("Accept"))));
    api.hasResourceProperties("AWS::CloudFront::CachePolicy", Map.of("CachePolicyConfig", Match.objectLike(Map.of(
        "DefaultTTL", 0, "MinTTL", 0, "ParametersInCacheKeyAndForwardedToOrigin", cacheKey))));
    Object behavior = Match.objectLike(Map.of(
        "ViewerProtocolPolicy", "redirect-to-https", "AllowedMethods", List.of("GET", "HEAD", "OPTIONS")));
    api.hasResourceProperties("AWS::CloudFront::Distribution", Map.of(
        "DistributionConfig", Match.objectLike(Map.of("DefaultCacheBehavior", behavior))));
    Synthesized prod = Synthesized.prod();
    prod.template(prod.deployment.api()).resourceCountIs("AWS::CloudFront::Distribution", 0);
  }
}
