package io.weatherdata.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The VPC over two availability zones: public subnets (the load balancer, the NAT gateways), private "app" subnets
 * with egress (API instances, Lambdas) and isolated "data" subnets (the database). Private code reaches S3 through a
 * free gateway endpoint and everything else (Secrets Manager, EventBridge, Elastic Beanstalk, CloudWatch) through
 * NAT. Its flow log (accepted and rejected traffic) goes to CloudWatch Logs. Also the two client security groups the
 * database admits.
 */
public final class NetworkStack extends Stack {

  /** Where the API instances, the Lambdas and the rotation function run. */
  public static final SubnetSelection APP_SUBNETS = SubnetSelection.builder()
      .subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
  public static final SubnetSelection DATA_SUBNETS = SubnetSelection.builder()
      .subnetType(SubnetType.PRIVATE_ISOLATED).build();

  private final Vpc vpc;
  private final SecurityGroup apiSecurityGroup;
  private final SecurityGroup lambdaSecurityGroup;

  public NetworkStack(Construct scope, String id, StackProps props, Settings settings) {
    super(scope, id, props);
    vpc = Vpc.Builder.create(this, "Vpc")
        .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
        .maxAzs(2)
        .natGateways(settings.natGateways())
        .subnetConfiguration(List.of(
            subnets("public", SubnetType.PUBLIC, 24),
            subnets("app", SubnetType.PRIVATE_WITH_EGRESS, 22),
            subnets("data", SubnetType.PRIVATE_ISOLATED, 24)))
        .gatewayEndpoints(Map.of("S3", GatewayVpcEndpointOptions.builder()
            .service(GatewayVpcEndpointAwsService.S3).build()))
        .build();
    LogGroup flowLog = LogGroup.Builder.create(this, "FlowLogGroup")
        .logGroupName("/aws/vpc/" + settings.name("flow-log"))
        .retention(settings.logRetention())
        .removalPolicy(settings.dataRemovalPolicy())
        .build();
    vpc.addFlowLog("FlowLog", FlowLogOptions.builder()
        .destination(FlowLogDestination.toCloudWatchLogs(flowLog))
        .trafficType(FlowLogTrafficType.ALL)
        .build());
    apiSecurityGroup = clientGroup("ApiSecurityGroup", "API instances (Elastic Beanstalk): a database client");
    lambdaSecurityGroup = clientGroup("LambdaSecurityGroup",
        "Lambdas (ingestion, analysis, secret rotation): database clients");
  }

  private static SubnetConfiguration subnets(String name, SubnetType type, int cidrMask) {
    return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(cidrMask).build();
  }

  private SecurityGroup clientGroup(String id, String description) {
    return SecurityGroup.Builder.create(this, id).vpc(vpc).description(description).allowAllOutbound(true).build();
  }

  public Vpc vpc() {
    return vpc;
  }

  public SecurityGroup apiSecurityGroup() {
    return apiSecurityGroup;
  }

  public SecurityGroup lambdaSecurityGroup() {
    return lambdaSecurityGroup;
  }
}
