package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private final Synthesized dev = Synthesized.dev();
  private final JsonNode template = dev.json(dev.deployment.pipeline());
  private final JsonNode stages = Cfn.only(template, "AWS::CodePipeline::Pipeline").at("/Properties/Stages");

  @Test
  void githubFeedsTheBuildWhichFeedsTheLambdaAndBeanstalkDeploys() {
    assertThat(stages).extracting(stage -> stage.path("Name").asText()).containsExactly("Source", "Build", "Deploy");
    JsonNode source = stages.at("/0/Actions/0");
    assertThat(source.at("/ActionTypeId/Provider").asText()).isEqualTo("CodeStarSourceConnection");
    assertThat(source.at("/Configuration/ConnectionArn").asText()).isEqualTo(Synthesized.CONNECTION_ARN);
    assertThat(source.at("/Configuration/FullRepositoryId").asText()).isEqualTo("weatherdata/weather-service");
    assertThat(providers(stages.get(2))).containsExactly("CodeBuild", "ElasticBeanstalk");
    JsonNode beanstalk = stages.at("/2/Actions/1/Configuration");
    assertThat(beanstalk.path("ApplicationName").asText()).isEqualTo("weather-dev");
    assertThat(beanstalk.path("EnvironmentName").asText()).isEqualTo("weather-dev-api");
  }

  @Test
  void theBuildRunsTheRepositoryBuildspecWithTheSameContext() {
    JsonNode build = Cfn.resources(template, "AWS::CodeBuild::Project").values().stream()
        .filter(project -> project.at("/Properties/Name").asText().equals("weather-dev-build")).findFirst()
            .orElseThrow();
    assertThat(build.at("/Properties/Source/BuildSpec").asText()).isEqualTo("buildspec.yml");
    assertThat(build.at("/Properties/Environment/EnvironmentVariables").toString())
        .contains("CDK_CONTEXT_JSON").contains("\\\"env\\\":\\\"dev\\\"");
  }

  @Test
  void theLambdaDeployStepDeploysOnlyTheIngestionStackThroughTheBootstrapRoles() {
    String deploy = Cfn.resources(template, "AWS::CodeBuild::Project").values().stream()
        .filter(project -> project.at("/Properties/Name").asText().equals("weather-dev-deploy-lambdas"))
        .findFirst().orElseThrow().toString();
    assertThat(deploy).contains("--exclusively weather-dev-ingestion");
    assertThat(template.toString())
        .contains(":role/cdk-hnb659fds-deploy-role-", ":role/cdk-hnb659fds-file-publishing-role-");
  }

  @Test
  void prodWaitsForAManualApprovalBeforeDeploying() {
    JsonNode prodStages = Cfn.only(Synthesized.prod().json(Synthesized.prod().deployment.pipeline()),
        "AWS::CodePipeline::Pipeline").at("/Properties/Stages");
    assertThat(providers(prodStages.get(2))).containsExactly("Manual", "CodeBuild", "ElasticBeanstalk");
  }

  private static List<String> providers(JsonNode stage) {
    List<String> providers = new ArrayList<>();
    stage.path("Actions").forEach(action -> providers.add(action.at("/ActionTypeId/Provider").asText()));
    return providers;
  }
}
