package io.weatherdata.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.constructs.Construct;

/**
 * One environment (dev or prod) of the weather data service: six env-agnostic stacks, named
 * {@code weather-<env>-<part>}, deployable in dependency order by {@code cdk deploy --all}.
 */
public record WeatherDeployment(NetworkStack network, DataStack data, ApiStack api, IngestionStack ingestion,
    MonitoringStack monitoring, PipelineStack pipeline) {

  public static WeatherDeployment define(Construct scope, Settings settings, Artifacts artifacts) {
    // Cross-stack references stay CloudFormation exports/imports, which protect a producer still in use.
    scope.getNode().setContext("@aws-cdk/core:defaultCrossStackReferences", "strong");
    // S3 access logs are delivered under a bucket policy, so the log buckets keep ACLs off.
    scope.getNode().setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
    Tags.of(scope).add("project", "weather-data");
    Tags.of(scope).add("environment", settings.env());
    // cdk-nag's AwsSolutions rules: findings are error annotations (cdk deploy refuses them); suppressions sit
    // next to their resources and are listed in docs/deployment.md.
    Aspects.of(scope).add(new AwsSolutionsChecks());
    NetworkStack network = new NetworkStack(scope, settings.name("network"),
        props(settings, "VPC, subnets, NAT, S3 endpoint, client security groups"), settings);
    DataStack data = new DataStack(scope, settings.name("data"),
        props(settings, settings.scale().ghcn() ? "Aurora PostgreSQL 16 (writer and reader) and its rotated secret"
            : "RDS PostgreSQL 16 and its rotated secret"), settings, network);
    ApiStack api = new ApiStack(scope, settings.name("api"),
        props(settings, "Elastic Beanstalk API behind a load balancer, optional CloudFront"), settings, artifacts,
        network, data);
    IngestionStack ingestion = new IngestionStack(scope, settings.name("ingestion"),
        props(settings, "Raw bucket, event bus, ingestion and analysis Lambdas and their triggers"), settings,
        artifacts, network, data);
    MonitoringStack monitoring = new MonitoringStack(scope, settings.name("monitoring"),
        props(settings, "Dashboard, alarms, alarm topic"), settings, data, ingestion);
    monitoring.addStackDependency(api);
    PipelineStack pipeline = new PipelineStack(scope, settings.name("pipeline"),
        props(settings, "CodePipeline: GitHub, CodeBuild, cdk deploy, Elastic Beanstalk"), settings,
        ingestion.getStackName());
    pipeline.addStackDependency(api);
    return new WeatherDeployment(network, data, api, ingestion, monitoring, pipeline);
  }

  private static StackProps props(Settings settings, String description) {
    return StackProps.builder()
        .description("Weather data service (" + settings.env() + "): " + description)
        .terminationProtection(settings.prod())
        .build();
  }

  public List<software.amazon.awscdk.Stack> stacks() {
    return List.of(network, data, api, ingestion, monitoring, pipeline);
  }
}
