package io.weatherdata.infra;

import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.RotationSingleUserOptions;
import software.amazon.awscdk.services.rds.StorageType;
import software.constructs.Construct;

/**
 * PostgreSQL 16 on RDS in the isolated subnets: not public, encrypted, backed up, its master credentials generated
 * into Secrets Manager (RDS JSON shape: host, port, dbname, username, password) and rotated every 30 days. Its
 * security group admits 5432 from the API's and the Lambdas' security groups and nothing else. No RDS Proxy: see
 * docs/deployment.md.
 */
public final class DataStack extends Stack {

  public static final String DATABASE_NAME = "weather";
  public static final int PORT = 5432;

  private final DatabaseInstance database;
  private final DatabaseSecret secret;

  public DataStack(Construct scope, String id, StackProps props, Settings settings, NetworkStack network) {
    super(scope, id, props);
    secret = DatabaseSecret.Builder.create(this, "DatabaseSecret")
        .secretName(settings.databaseSecretName())
        .username("weather")
        .dbname(DATABASE_NAME)
        .build();
    secret.applyRemovalPolicy(settings.dataRemovalPolicy());

    SecurityGroup securityGroup = SecurityGroup.Builder.create(this, "DatabaseSecurityGroup")
        .vpc(network.vpc())
        .description("PostgreSQL: 5432 from the API and Lambda security groups only")
        .allowAllOutbound(false)
        .build();
    String instanceId = settings.name("db");
    LogGroup postgresLog = LogGroup.Builder.create(this, "PostgresLog")
        .logGroupName("/aws/rds/instance/" + instanceId + "/postgresql")
        .retention(settings.logRetention())
        .removalPolicy(settings.dataRemovalPolicy())
        .build();

    database = DatabaseInstance.Builder.create(this, "Database")
        .instanceIdentifier(instanceId)
        .engine(DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder()
            .version(PostgresEngineVersion.VER_16).build()))
        .instanceType(new InstanceType(settings.databaseInstanceType()))
        .credentials(Credentials.fromSecret(secret))
        .databaseName(DATABASE_NAME)
        .port(PORT)
        .vpc(network.vpc())
        .vpcSubnets(NetworkStack.DATA_SUBNETS)
        .securityGroups(List.of(securityGroup))
        .publiclyAccessible(false)
        .storageEncrypted(true)
        .storageType(StorageType.GP3)
        .allocatedStorage(20)
        .maxAllocatedStorage(100)
        .multiAz(settings.prod())
        .backupRetention(settings.backupRetention())
        .deletionProtection(settings.prod())
        .removalPolicy(settings.dataRemovalPolicy())
        .cloudwatchLogsExports(List.of("postgresql"))
        .autoMinorVersionUpgrade(true)
        .copyTagsToSnapshot(true)
        .build();
    database.getNode().addDependency(postgresLog);
    Nag.suppress(database, "RDS11", "5432 is the port every PostgreSQL client and this service's configuration expect; "
        + "a different port hides nothing from a scanner, and the security group admits only the API's and the "
        + "Lambdas' groups");
    if (!settings.prod()) {
      Nag.suppress(database, "RDS3", "dev runs single-AZ to halve the instance cost; prod is Multi-AZ");
      Nag.suppress(database, "RDS10", "dev must tear down with cdk destroy; prod has deletion protection and Retain");
    }

    for (ISecurityGroup client : List.of(network.apiSecurityGroup(), network.lambdaSecurityGroup())) {
      database.getConnections().allowDefaultPortFrom(client, "PostgreSQL from " + client.getNode().getId());
    }
    // The rotation function runs in the Lambdas' group, so the database admits no third group.
    database.addRotationSingleUser(RotationSingleUserOptions.builder()
        .automaticallyAfter(Duration.days(30))
        .securityGroup(network.lambdaSecurityGroup())
        .vpcSubnets(NetworkStack.APP_SUBNETS)
        .build());

    CfnOutput.Builder.create(this, "DatabaseSecretName").value(settings.databaseSecretName()).build();
    CfnOutput.Builder.create(this, "DatabaseEndpoint").value(database.getDbInstanceEndpointAddress()).build();
  }

  public DatabaseInstance database() {
    return database;
  }

  public DatabaseSecret secret() {
    return secret;
  }
}
