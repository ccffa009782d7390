package io.weatherdata.infra;

import java.util.List;
import java.util.function.Function;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DBClusterStorageType;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.rds.IClusterInstance;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.ProvisionedClusterInstanceProps;
import software.amazon.awscdk.services.rds.RotationSingleUserOptions;
import software.amazon.awscdk.services.rds.StorageType;
import software.constructs.Construct;

/**
 * PostgreSQL 16 in the isolated subnets: not public, encrypted, backed up, its master credentials generated into
 * Secrets Manager (RDS JSON shape: host, port, dbname, username, password) and rotated every 30 days. Its security
 * group admits 5432 from the API's and the Lambdas' security groups and nothing else. At {@link Scale sample} scale
 * one RDS instance; at {@code ghcn} scale an Aurora cluster (a writer and a reader, I/O-Optimized storage). No RDS
 * Proxy at either scale: ingestion's session advisory lock, its COPY into temporary tables and pgjdbc's prepared
 * statements would pin every proxied session, so a proxy would multiplex nothing. docs/deployment.md says more.
 */
public final class DataStack extends Stack {

  public static final String DATABASE_NAME = "weather";
  public static final int PORT = 5432;
  /** Aurora PostgreSQL at {@code ghcn} scale: the newest 16.x this CDK knows; minor upgrades are automatic. */
  static final AuroraPostgresEngineVersion AURORA_VERSION = AuroraPostgresEngineVersion.VER_16_13;

  /** The database's signals for the dashboard and alarms, whichever engine holds the data. */
  public record Metrics(Function<MetricOptions, Metric> cpu, Function<MetricOptions, Metric> connections,
      Function<MetricOptions, Metric> freeStorage) {
  }

  private final DatabaseSecret secret;
  private final Metrics metrics;

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
    String identifier = settings.name("db");
    LogGroup postgresLog = LogGroup.Builder.create(this, "PostgresLog")
        .logGroupName("/aws/rds/" + (settings.scale().ghcn() ? "cluster/" : "instance/") + identifier + "/postgresql")
        .retention(settings.logRetention())
        .removalPolicy(settings.dataRemovalPolicy())
        .build();

    String endpoint;
    if (settings.scale().ghcn()) {
      DatabaseCluster cluster = cluster(settings, network, securityGroup, identifier);
      guard(cluster, cluster.getConnections(), postgresLog, settings, network);
      cluster.addRotationSingleUser(rotation(network));
      metrics = new Metrics(cluster::metricCPUUtilization, cluster::metricDatabaseConnections,
          cluster::metricFreeLocalStorage);
      endpoint = cluster.getClusterEndpoint().getHostname();
      CfnOutput.Builder.create(this, "DatabaseReaderEndpoint")
          .value(cluster.getClusterReadEndpoint().getHostname()).build();
    } else {
      DatabaseInstance instance = instance(settings, network, securityGroup, identifier);
      guard(instance, instance.getConnections(), postgresLog, settings, network);
      instance.addRotationSingleUser(rotation(network));
      metrics = new Metrics(instance::metricCPUUtilization, instance::metricDatabaseConnections,
          instance::metricFreeStorageSpace);
      endpoint = instance.getDbInstanceEndpointAddress();
    }

    CfnOutput.Builder.create(this, "DatabaseSecretName").value(settings.databaseSecretName()).build();
    CfnOutput.Builder.create(this, "DatabaseEndpoint").value(endpoint).build();
  }

  private DatabaseInstance instance(Settings settings, NetworkStack network, SecurityGroup securityGroup,
      String identifier) {
    return DatabaseInstance.Builder.create(this, "Database")
        .instanceIdentifier(identifier)
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
  }

  /**
   * Aurora PostgreSQL: a writer and a reader in the data subnets (the reader is the failover target, and serves reads
   * once the service has a read pool), I/O-Optimized storage, so that a bulk load's I/O has no per-request price.
   */
  private DatabaseCluster cluster(Settings settings, NetworkStack network, SecurityGroup securityGroup,
      String identifier) {
    InstanceType instanceType = new InstanceType(settings.scale().databaseClass());
    DatabaseCluster cluster = DatabaseCluster.Builder.create(this, "Database")
        .clusterIdentifier(identifier)
        .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
            .version(AURORA_VERSION).build()))
        .writer(member("Writer", identifier + "-1", instanceType))
        .readers(List.of(member("Reader", identifier + "-2", instanceType)))
        .credentials(Credentials.fromSecret(secret))
        .defaultDatabaseName(DATABASE_NAME)
        .port(PORT)
        .vpc(network.vpc())
        .vpcSubnets(NetworkStack.DATA_SUBNETS)
        .securityGroups(List.of(securityGroup))
        .storageEncrypted(true)
        .storageType(DBClusterStorageType.AURORA_IOPT1)
        .backup(BackupProps.builder().retention(settings.backupRetention()).build())
        .deletionProtection(settings.prod())
        .removalPolicy(settings.dataRemovalPolicy())
        .cloudwatchLogsExports(List.of("postgresql"))
        .copyTagsToSnapshot(true)
        .build();
    Nag.suppress(cluster, "RDS6", "The API and the Lambdas log in with the generated password from Secrets Manager, "
        + "rotated every 30 days and read again when PostgreSQL rejects it; IAM authentication would need the service "
        + "to request a token for every connection, which it does not");
    return cluster;
  }

  private static IClusterInstance member(String id, String identifier, InstanceType instanceType) {
    return ClusterInstance.provisioned(id, ProvisionedClusterInstanceProps.builder()
        .instanceIdentifier(identifier)
        .instanceType(instanceType)
        .publiclyAccessible(false)
        .autoMinorVersionUpgrade(true)
        .build());
  }

  /** What either engine gets alike: its log group first, the suppressions, 5432 from the two client groups. */
  private static void guard(Resource database, Connections connections, LogGroup postgresLog, Settings settings,
      NetworkStack network) {
    database.getNode().addDependency(postgresLog);
    Nag.suppress(database, "RDS11", "5432 is the port every PostgreSQL client and this service's configuration "
        + "expect; a different port hides nothing from a scanner, and the security group admits only the API's and "
        + "the Lambdas' groups");
    if (!settings.prod()) {
      if (!settings.scale().ghcn()) {   // the cluster's reader is in another zone
        Nag.suppress(database, "RDS3", "dev runs single-AZ to halve the instance cost; prod is Multi-AZ");
      }
      Nag.suppress(database, "RDS10", "dev must tear down with cdk destroy; prod has deletion protection and Retain");
    }
    for (ISecurityGroup client : List.of(network.apiSecurityGroup(), network.lambdaSecurityGroup())) {
      connections.allowDefaultPortFrom(client, "PostgreSQL from " + client.getNode().getId());
    }
  }

  /** The rotation function runs in the Lambdas' group, so the database admits no third group for it. */
  private static RotationSingleUserOptions rotation(NetworkStack network) {
    return RotationSingleUserOptions.builder()
        .automaticallyAfter(Duration.days(30))
        .securityGroup(network.lambdaSecurityGroup())
        .vpcSubnets(NetworkStack.APP_SUBNETS)
        .build();
  }

  public Metrics metrics() {
    return metrics;
  }

  public DatabaseSecret secret() {
    return secret;
  }
}
