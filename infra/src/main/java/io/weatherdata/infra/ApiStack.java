package io.weatherdata.infra;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CacheHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.CacheQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.CachedMethods;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.elasticbeanstalk.CfnApplication;
import software.amazon.awscdk.services.elasticbeanstalk.CfnApplicationVersion;
import software.amazon.awscdk.services.elasticbeanstalk.CfnEnvironment;
import software.amazon.awscdk.services.elasticbeanstalk.CfnEnvironment.OptionSettingProperty;
import software.amazon.awscdk.services.iam.InstanceProfile;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The API on Elastic Beanstalk (Java SE, Corretto 17): the application, its first version (the service bundle as an
 * S3 asset; later versions come from the pipeline), and one load-balanced environment with its instances in the
 * private subnets behind a public Application Load Balancer, scaling on CPU. Environment properties name the database
 * secret; the cursor-signing secret is fetched by Elastic Beanstalk from Secrets Manager. Optionally CloudFront in
 * front, caching by the API's own {@code Cache-Control}.
 */
public final class ApiStack extends Stack {

  /** The service's port on the instance; nginx proxies port 80 to it. */
  public static final String APP_PORT = "5000";
  /** The admin port is loopback-only, so the load balancer checks an application path that needs the database. */
  public static final String HEALTH_CHECK_PATH = "/api/ingestions?limit=1";
  private static final String VPC = "aws:ec2:vpc";
  private static final String ENVIRONMENT = "aws:elasticbeanstalk:environment";
  private static final String LAUNCH = "aws:autoscaling:launchconfiguration";
  private static final String TRIGGER = "aws:autoscaling:trigger";
  private static final String PROCESS = "aws:elasticbeanstalk:environment:process:default";
  private static final String LOGS = "aws:elasticbeanstalk:cloudwatch:logs";
  private static final String HEALTH_LOGS = "aws:elasticbeanstalk:cloudwatch:logs:health";
  private static final String ENV = "aws:elasticbeanstalk:application:environment";
  private static final String ENV_SECRETS = "aws:elasticbeanstalk:application:environmentsecrets";
  /** Enhanced-health metrics published to CloudWatch (namespace AWS/ElasticBeanstalk) for the dashboard and alarms. */
  private static final String HEALTH_METRICS = """
      {"Version":1,"CloudWatchMetrics":{"Environment":{"EnvironmentHealth":60,"ApplicationRequestsTotal":60,\
      "ApplicationRequests5xx":60,"ApplicationLatencyP50":60,"ApplicationLatencyP99":60},\
      "Instance":{"CPUUser":60,"CPUSystem":60,"CPUIowait":60}}}""";

  private final Role instanceRole;
  private final CfnEnvironment environment;

  public ApiStack(Construct scope, String id, StackProps props, Settings settings, Artifacts artifacts,
      NetworkStack network, DataStack data) {
    super(scope, id, props);
    instanceRole = Role.Builder.create(this, "InstanceRole")
        .roleName(settings.name("api-instance"))
        .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
        .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("AWSElasticBeanstalkWebTier")))
        .build();
    Nag.suppress(instanceRole, "IAM4", "AWSElasticBeanstalkWebTier is the instance policy Elastic Beanstalk documents "
        + "for web-server environments (log streaming, its elasticbeanstalk-* buckets); AWS keeps it in step with the "
        + "platform's agents. What the service itself reads (its two secrets, its bundle) is granted below, scoped",
        Nag.managedPolicy("AWSElasticBeanstalkWebTier"));
    InstanceProfile instanceProfile = InstanceProfile.Builder.create(this, "InstanceProfile")
        .role(instanceRole).build();
    Role serviceRole = Role.Builder.create(this, "ServiceRole")
        .assumedBy(new ServicePrincipal("elasticbeanstalk.amazonaws.com"))
        .managedPolicies(List.of(
            ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSElasticBeanstalkEnhancedHealth"),
            ManagedPolicy.fromAwsManagedPolicyName("AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy")))
        .build();
    Nag.suppress(serviceRole, "IAM4", "The service role policies Elastic Beanstalk documents for enhanced health and "
        + "managed platform updates; they act on the Auto Scaling group, load balancer and instances Elastic "
        + "Beanstalk creates and names itself",
        Nag.managedPolicy("service-role/AWSElasticBeanstalkEnhancedHealth"),
        Nag.managedPolicy("AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy"));

    Secret cursorSecret = Secret.Builder.create(this, "CursorSecret")
        .secretName(settings.cursorSecretName())
        .description("Signs the API's page cursors (CURSOR_SECRET); the same on every instance")
        .generateSecretString(SecretStringGenerator.builder().passwordLength(48).excludePunctuation(true).build())
        .build();
    Nag.suppress(cursorSecret, "SMG4", "A signing key, not a credential: a new value invalidates every page cursor "
        + "clients hold and must reach all instances at once (Elastic Beanstalk reads it at start), so it is "
        + "rotated by hand: put a new value, then restart the environment (docs/deployment.md, Rotation)");
    data.secret().grantRead(instanceRole);
    cursorSecret.grantRead(instanceRole);

    CfnApplication application = CfnApplication.Builder.create(this, "Application")
        .applicationName(settings.applicationName())
        .description("Weather data service API")
        .build();
    Asset bundle = Asset.Builder.create(this, "ServiceBundle").path(artifacts.serviceBundle().toString()).build();
    instanceRole.addToPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:GetObject"))
        .resources(List.of(bundle.getBucket().arnForObjects(bundle.getS3ObjectKey())))
        .build());
    CfnApplicationVersion version = CfnApplicationVersion.Builder.create(this, "InitialVersion")
        .applicationName(application.getRef())
        .description("Deployed by cdk deploy; the pipeline deploys later versions")
        .sourceBundle(CfnApplicationVersion.SourceBundleProperty.builder()
            .s3Bucket(bundle.getS3BucketName()).s3Key(bundle.getS3ObjectKey()).build())
        .build();

    environment = CfnEnvironment.Builder.create(this, "Environment")
        .applicationName(application.getRef())
        .environmentName(settings.apiEnvironmentName())
        .solutionStackName(settings.solutionStack())
        .versionLabel(version.getRef())
        .optionSettings(optionSettings(settings, network, data, instanceProfile, serviceRole, cursorSecret))
        .build();

    String endpoint = environment.getAttrEndpointUrl();
    CfnOutput.Builder.create(this, "ApiUrl").value("http://" + endpoint).build();
    if (settings.cdn()) {
      Distribution distribution = cdn(endpoint);
      CfnOutput.Builder.create(this, "CdnUrl").value("https://" + distribution.getDistributionDomainName()).build();
    }
  }

  private List<OptionSettingProperty> optionSettings(Settings settings, NetworkStack network, DataStack data,
      InstanceProfile instanceProfile, Role serviceRole, Secret cursorSecret) {
    List<OptionSettingProperty> options = new ArrayList<>();
    option(options, VPC, "VPCId", network.vpc().getVpcId());
    option(options, VPC, "Subnets", subnetIds(network, SubnetType.PRIVATE_WITH_EGRESS));
    option(options, VPC, "ELBSubnets", subnetIds(network, SubnetType.PUBLIC));
    option(options, VPC, "ELBScheme", "public");
    option(options, VPC, "AssociatePublicIpAddress", "false");
    option(options, ENVIRONMENT, "EnvironmentType", "LoadBalanced");
    option(options, ENVIRONMENT, "LoadBalancerType", "application");
    option(options, ENVIRONMENT, "ServiceRole", serviceRole.getRoleArn());
    option(options, LAUNCH, "IamInstanceProfile", instanceProfile.getInstanceProfileArn());
    option(options, LAUNCH, "SecurityGroups", network.apiSecurityGroup().getSecurityGroupId());
    option(options, LAUNCH, "DisableIMDSv1", "true");
    option(options, "aws:ec2:instances", "InstanceTypes", settings.apiInstanceType());
    option(options, "aws:autoscaling:asg", "MinSize", Integer.toString(settings.minInstances()));
    option(options, "aws:autoscaling:asg", "MaxSize", Integer.toString(settings.maxInstances()));
    option(options, TRIGGER, "MeasureName", "CPUUtilization");
    option(options, TRIGGER, "Statistic", "Average");
    option(options, TRIGGER, "Unit", "Percent");
    option(options, TRIGGER, "UpperThreshold", "70");
    option(options, TRIGGER, "LowerThreshold", "25");
    option(options, PROCESS, "HealthCheckPath", HEALTH_CHECK_PATH);
    option(options, PROCESS, "MatcherHTTPCode", "200");
    option(options, PROCESS, "DeregistrationDelay", "20");
    option(options, "aws:elasticbeanstalk:healthreporting:system", "SystemType", "enhanced");
    option(options, "aws:elasticbeanstalk:healthreporting:system", "ConfigDocument", HEALTH_METRICS);
    option(options, "aws:elasticbeanstalk:hostmanager", "LogPublicationControl", "true");
    option(options, LOGS, "StreamLogs", "true");
    option(options, LOGS, "DeleteOnTerminate", "false");
    String retention = Integer.toString(settings.logRetentionDays());
    option(options, LOGS, "RetentionInDays", retention);
    option(options, HEALTH_LOGS, "HealthStreamingEnabled", "true");
    option(options, HEALTH_LOGS, "RetentionInDays", retention);
    option(options, "aws:elasticbeanstalk:command", "DeploymentPolicy", settings.prod() ? "Immutable" : "AllAtOnce");
    option(options, "aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", "true");
    option(options, "aws:elasticbeanstalk:managedactions", "PreferredStartTime", "Sun:04:00");
    option(options, "aws:elasticbeanstalk:managedactions:platformupdate", "UpdateLevel", "minor");
    option(options, ENV, "PORT", APP_PORT);
    option(options, ENV, "ADMIN_PORT", "8081");
    option(options, ENV, "DATABASE_SECRET_ID", settings.databaseSecretName());
    option(options, ENV, "DATABASE_POOL_SIZE", "10");
    option(options, ENV, "HTTP_MAX_THREADS", "16"); // a few above the pool (config.yml's 8 suit a pool of 4)
    option(options, ENV, "AWS_REGION", Stack.of(this).getRegion());
    option(options, ENV_SECRETS, "CURSOR_SECRET", cursorSecret.getSecretArn());
    return options;
  }

  private static void option(List<OptionSettingProperty> options, String namespace, String name, String value) {
    options.add(OptionSettingProperty.builder().namespace(namespace).optionName(name).value(value).build());
  }

  private static String subnetIds(NetworkStack network, SubnetType type) {
    List<String> ids = network.vpc().selectSubnets(SubnetSelection.builder().subnetType(type).build())
        .getSubnets().stream().map(ISubnet::getSubnetId).toList();
    return Fn.join(",", ids);
  }

  /** CloudFront over HTTPS in front of the load balancer; it caches only what the API's Cache-Control allows. */
  private Distribution cdn(String loadBalancerDomain) {
    CachePolicy cachePolicy = CachePolicy.Builder.create(this, "ApiCachePolicy")
        .comment("Honours the origin's Cache-Control; no caching without it")
        .minTtl(Duration.seconds(0))
        .defaultTtl(Duration.seconds(0))
        .maxTtl(Duration.days(1))
        .queryStringBehavior(CacheQueryStringBehavior.all())
        .headerBehavior(CacheHeaderBehavior.allowList("Accept"))
        .enableAcceptEncodingGzip(true)
        .enableAcceptEncodingBrotli(true)
        .build();
    Distribution distribution = Distribution.Builder.create(this, "Cdn")
        .comment("Weather data service API")
        .priceClass(PriceClass.PRICE_CLASS_100)
        .defaultBehavior(BehaviorOptions.builder()
            .origin(HttpOrigin.Builder.create(loadBalancerDomain).protocolPolicy(
                OriginProtocolPolicy.HTTP_ONLY).build())
            .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
            .allowedMethods(AllowedMethods.ALLOW_GET_HEAD_OPTIONS)
            .cachedMethods(CachedMethods.CACHE_GET_HEAD_OPTIONS)
            .cachePolicy(cachePolicy)
            .build())
        .build();
    Nag.suppress(distribution, "CFR1", "Public weather data with no legal or licensing limit by country: a geo "
        + "restriction would only turn away legitimate clients");
    Nag.suppress(distribution, "CFR2", "A web ACL for CloudFront must be created in us-east-1 and these stacks are "
        + "region-agnostic; the API is read-only (GET, HEAD, OPTIONS) over public data. WAF comes with the "
        + "custom-domain step (docs/deployment.md, Decisions)");
    Nag.suppress(distribution, "CFR3", "Standard logging needs an ACL-enabled bucket (every bucket here has ACLs "
        + "off) and v2 logging must be set up in us-east-1; every request that misses the cache is in the nginx "
        + "access log in CloudWatch Logs, and cache hits serve public data");
    Nag.suppress(distribution, "CFR4", "With the default *.cloudfront.net certificate CloudFront fixes the minimum "
        + "viewer protocol at TLSv1; raising it needs a domain with an ACM certificate (docs/deployment.md, "
        + "Decisions)");
    Nag.suppress(distribution, "CFR5", "The origin is the Elastic Beanstalk load balancer's HTTP listener: an HTTPS "
        + "listener needs a certificate for a domain of our own, the next step in docs/deployment.md (Decisions); "
        + "until then CloudFront gives clients HTTPS");
    return distribution;
  }

  public Role instanceRole() {
    return instanceRole;
  }

  public CfnEnvironment beanstalkEnvironment() {
    return environment;
  }
}
