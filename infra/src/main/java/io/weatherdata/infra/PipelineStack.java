package io.weatherdata.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.codebuild.BuildEnvironment;
import software.amazon.awscdk.services.codebuild.BuildEnvironmentVariable;
import software.amazon.awscdk.services.codebuild.BuildSpec;
import software.amazon.awscdk.services.codebuild.Cache;
import software.amazon.awscdk.services.codebuild.ComputeType;
import software.amazon.awscdk.services.codebuild.LinuxBuildImage;
import software.amazon.awscdk.services.codebuild.LocalCacheMode;
import software.amazon.awscdk.services.codebuild.PipelineProject;
import software.amazon.awscdk.services.codepipeline.Artifact;
import software.amazon.awscdk.services.codepipeline.IAction;
import software.amazon.awscdk.services.codepipeline.Pipeline;
import software.amazon.awscdk.services.codepipeline.PipelineType;
import software.amazon.awscdk.services.codepipeline.StageProps;
import software.amazon.awscdk.services.codepipeline.actions.CodeBuildAction;
import software.amazon.awscdk.services.codepipeline.actions.CodeStarConnectionsSourceAction;
import software.amazon.awscdk.services.codepipeline.actions.ElasticBeanstalkDeployAction;
import software.amazon.awscdk.services.codepipeline.actions.ManualApprovalAction;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/**
 * CI/CD: GitHub (through a CodeStar connection) → CodeBuild running the repository's {@code buildspec.yml} (the
 * README's test command, both jars, the Elastic Beanstalk bundle, the synthesized cloud assembly) → [prod: manual
 * approval] → {@code cdk deploy} of the ingestion stack (new Lambda versions; the alias moves) and an Elastic
 * Beanstalk deployment of the bundle. The other stacks change rarely and are deployed by a person with
 * {@code cdk deploy} after reading {@code cdk diff}.
 */
public final class PipelineStack extends Stack {

  /** The CDK bootstrap qualifier ({@code cdk bootstrap}'s default). */
  public static final String BOOTSTRAP_QUALIFIER = "hnb659fds";

  public PipelineStack(Construct scope, String id, StackProps props, Settings settings, String ingestionStackName) {
    super(scope, id, props);
    if (settings.connectionArn().equals(Settings.CONNECTION_PLACEHOLDER)) {
      Annotations.of(this).addWarningV2("weather:connectionArn",
          "No CodeStar connection: pass -c connectionArn=arn:aws:codeconnections:... before deploying this stack");
    }
    Bucket artifacts = Bucket.Builder.create(this, "Artifacts")
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .encryption(BucketEncryption.S3_MANAGED)
        .enforceSsl(true)
        .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(90)).build()))
        .removalPolicy(settings.dataRemovalPolicy())
        .autoDeleteObjects(!settings.prod())
        .build();
    // Elastic Beanstalk instances fetch the application version from this bucket.
    Role.fromRoleName(this, "ApiInstanceRole", settings.name("api-instance")).addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("s3:GetObject"))
            .resources(List.of(artifacts.arnForObjects("*")))
            .build());

    Artifact source = new Artifact("Source");
    Artifact serviceBundle = new Artifact("ServiceBundle");
    Artifact cloudAssembly = new Artifact("CloudAssembly");

    PipelineProject build = PipelineProject.Builder.create(this, "Build")
        .projectName(settings.name("build"))
        .description("buildspec.yml: ./mvnw -B verify, both jars, the EB bundle, infra/synth")
        .buildSpec(BuildSpec.fromSourceFilename("buildspec.yml"))
        .environment(BuildEnvironment.builder()
            .buildImage(LinuxBuildImage.STANDARD_7_0).computeType(ComputeType.MEDIUM).build())
        .environmentVariables(Map.of("CDK_CONTEXT_JSON", BuildEnvironmentVariable.builder()
            .value(toJsonString(settings.asContext())).build()))
        .cache(Cache.local(LocalCacheMode.CUSTOM))
        .timeout(Duration.minutes(60))
        .build();
    PipelineProject deploy = PipelineProject.Builder.create(this, "DeployLambdas")
        .projectName(settings.name("deploy-lambdas"))
        .description("cdk deploy of the synthesized ingestion stack")
        .environment(BuildEnvironment.builder().buildImage(LinuxBuildImage.STANDARD_7_0).build())
        .buildSpec(BuildSpec.fromObject(Map.of(
            "version", "0.2",
            "phases", Map.of(
                "install", Map.of("runtime-versions", Map.of("nodejs", "20"),
                    "commands", List.of("npm install -g aws-cdk@2")),
                "build", Map.of("commands", List.of(
                    "cdk deploy --app . --require-approval never --exclusively " + ingestionStackName))))))
        .build();
    // cdk deploy works through the bootstrap roles: deploy (CloudFormation) and file publishing (the Lambda jar).
    deploy.addToRolePolicy(PolicyStatement.Builder.create()
        .actions(List.of("sts:AssumeRole"))
        .resources(List.of(bootstrapRole("deploy"), bootstrapRole("file-publishing")))
        .build());

    Pipeline.Builder.create(this, "Pipeline")
        .pipelineName(settings.applicationName())
        .pipelineType(PipelineType.V2)
        .artifactBucket(artifacts)
        .crossAccountKeys(false)
        .stages(List.of(
            stage("Source", CodeStarConnectionsSourceAction.Builder.create()
                .actionName("GitHub")
                .connectionArn(settings.connectionArn())
                .owner(settings.repoOwner())
                .repo(settings.repoName())
                .branch(settings.branch())
                .output(source)
                .build()),
            stage("Build", CodeBuildAction.Builder.create()
                .actionName("TestAndPackage")
                .project(build)
                .input(source)
                .outputs(List.of(serviceBundle, cloudAssembly))
                .build()),
            deployStage(settings, deploy, serviceBundle, cloudAssembly)))
        .build();
  }

  private StageProps deployStage(Settings settings, PipelineProject deploy, Artifact bundle, Artifact assembly) {
    List<IAction> actions = new ArrayList<>();
    int order = 1;
    if (settings.prod()) {
      actions.add(ManualApprovalAction.Builder.create().actionName("Approve").runOrder(order++).build());
    }
    actions.add(CodeBuildAction.Builder.create()
        .actionName("DeployLambdas").project(deploy).input(assembly).runOrder(order++).build());
    actions.add(ElasticBeanstalkDeployAction.Builder.create()
        .actionName("DeployApi")
        .applicationName(settings.applicationName())
        .environmentName(settings.apiEnvironmentName())
        .input(bundle)
        .runOrder(order)
        .build());
    return StageProps.builder().stageName("Deploy").actions(actions).build();
  }

  private static StageProps stage(String name, IAction action) {
    return StageProps.builder().stageName(name).actions(List.of(action)).build();
  }

  private String bootstrapRole(String kind) {
    return "arn:" + getPartition() + ":iam::" + getAccount() + ":role/cdk-" + BOOTSTRAP_QUALIFIER + "-" + kind
        + "-role-" + getAccount() + "-" + getRegion();
  }
}
