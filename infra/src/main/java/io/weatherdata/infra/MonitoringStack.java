package io.weatherdata.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The dashboard (API latency and 5xx, instance CPU, database CPU/connections/storage, Lambda duration, errors and
 * throttles, ingested and rejected rows) and the alarms on the critical signals, all notifying one SNS topic.
 */
public final class MonitoringStack extends Stack {

  /** The namespace of the run counts the Lambdas emit as CloudWatch Embedded Metric Format records. */
  public static final String CUSTOM_NAMESPACE = "WeatherData";
  private static final Duration PERIOD = Duration.minutes(5);

  private final Settings settings;
  private final SnsAction notify;
  private final List<IAlarm> alarms = new ArrayList<>();

  public MonitoringStack(Construct scope, String id, StackProps props, Settings settings, DataStack data,
      IngestionStack ingestion) {
    super(scope, id, props);
    this.settings = settings;
    Topic topic = Topic.Builder.create(this, "AlarmTopic").topicName(settings.name("alarms")).enforceSsl(true).build();
    if (!settings.alarmEmail().isEmpty()) {
      topic.addSubscription(new EmailSubscription(settings.alarmEmail()));
    }
    notify = new SnsAction(topic);

    DataStack.Metrics database = data.metrics();
    alarm("api-5xx", "API answered 10 or more 5xx in 5 minutes",
        api("ApplicationRequests5xx", "Sum"), 10, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1);
    alarm("api-latency-p99", "API p99 latency above 2 s for 15 minutes",
        api("ApplicationLatencyP99", "Maximum"), 2, ComparisonOperator.GREATER_THAN_THRESHOLD, 3);
    alarm("api-health", "Environment health Degraded (20) or Severe (25)",
        api("EnvironmentHealth", "Maximum"), 20, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 2);
    alarm("db-cpu", "Database CPU above 80% for 15 minutes",
        database.cpu().apply(options("Average")), 80, ComparisonOperator.GREATER_THAN_THRESHOLD, 3);
    alarm("db-free-storage", "Database free storage below 2 GiB",
        database.freeStorage().apply(options("Minimum")), 2L * 1024 * 1024 * 1024,
        ComparisonOperator.LESS_THAN_THRESHOLD, 1);
    for (Function function : ingestion.functions()) {
      alarm(function.getNode().getId().toLowerCase() + "-errors", "A run of " + function.getNode().getId() + " failed",
          function.metricErrors(options("Sum")), 1, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1);
    }
    alarm("failed-events", "An event could not be delivered or processed (see the failed-events queue)",
        ingestion.failedEvents().metricApproximateNumberOfMessagesVisible(options("Maximum")), 1,
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1);

    List<Function> functions = ingestion.functions();
    Dashboard dashboard = Dashboard.Builder.create(this, "Dashboard").dashboardName(settings.name("overview")).build();
    String instanceCpu = "{AWS/ElasticBeanstalk,EnvironmentName,InstanceId} MetricName=\"CPUUser\" EnvironmentName=\""
        + settings.apiEnvironmentName() + "\"";
    dashboard.addWidgets(
        graph("API latency (s)", List.of(api("ApplicationLatencyP50", "Average"), api(
            "ApplicationLatencyP99", "Maximum"))),
        graph("API requests and 5xx", List.of(api("ApplicationRequestsTotal", "Sum"), api(
            "ApplicationRequests5xx", "Sum"))),
        graph("API instance CPU (user %)", List.of(search(instanceCpu, "Average", "", false))));
    dashboard.addWidgets(
        graph("Database CPU (%)", List.of(database.cpu().apply(options("Average")))),
        graph("Database connections", List.of(database.connections().apply(options("Maximum")))),
        graph("Database free storage (bytes)", List.of(database.freeStorage().apply(options("Minimum")))));
    dashboard.addWidgets(
        graph("Lambda duration, max (ms)", each(functions, f -> f.metricDuration(options("Maximum")))),
        graph("Lambda errors", each(functions, f -> f.metricErrors(options("Sum")))),
        graph("Lambda throttles", each(functions, f -> f.metricThrottles(options("Sum")))));
    dashboard.addWidgets(
        graph("Rows ingested / rejected", List.of(
            search(rows("IngestedRows"), "Sum", "ingested rows", true),
            search(rows("RejectedRows"), "Sum", "rejected rows", true))),
        graph("Failed events waiting", List.of(
            ingestion.failedEvents().metricApproximateNumberOfMessagesVisible(options("Maximum")))),
        AlarmStatusWidget.Builder.create().title("Alarms").alarms(alarms).width(8).build());

    CfnOutput.Builder.create(this, "AlarmTopicArn").value(topic.getTopicArn()).build();
    CfnOutput.Builder.create(this, "DashboardName").value(settings.name("overview")).build();
  }

  private static MetricOptions options(String statistic) {
    return MetricOptions.builder().statistic(statistic).period(PERIOD).build();
  }

  /** An Elastic Beanstalk enhanced-health metric of the API environment. */
  private Metric api(String name, String statistic) {
    return Metric.Builder.create().namespace("AWS/ElasticBeanstalk").metricName(name)
        .dimensionsMap(Map.of("EnvironmentName", settings.apiEnvironmentName()))
        .statistic(statistic).period(PERIOD).build();
  }

  /** A custom metric of the Lambdas, whichever {@code Function} dimension value they emit it with. */
  private static String rows(String metricName) {
    return "{" + CUSTOM_NAMESPACE + ",Function} MetricName=\"" + metricName + "\"";
  }

  /** Every series a CloudWatch search finds, optionally summed into one line. */
  private static MathExpression search(String query, String statistic, String label, boolean sum) {
    String search = "SEARCH('" + query + "', '" + statistic + "', 300)";
    return MathExpression.Builder.create().expression(sum ? "SUM(" + search + ")" : search)
        .label(label).period(PERIOD).usingMetrics(Map.of()).build();
  }

  private static List<IMetric> each(List<Function> functions, java.util.function.Function<Function, IMetric> metric) {
    return functions.stream().map(metric).toList();
  }

  private static IWidget graph(String title, List<? extends IMetric> metrics) {
    return GraphWidget.Builder.create().title(title).left(List.copyOf(metrics)).width(8).height(6).build();
  }

  private void alarm(String name, String description, IMetric metric, Number threshold,
      ComparisonOperator operator, int periods) {
    Alarm alarm = Alarm.Builder.create(this, name)
        .alarmName(settings.name(name))
        .alarmDescription(description)
        .metric(metric)
        .threshold(threshold)
        .comparisonOperator(operator)
        .evaluationPeriods(periods)
        .treatMissingData(TreatMissingData.NOT_BREACHING)
        .build();
    alarm.addAlarmAction(notify);
    alarm.addOkAction(notify);
    alarms.add(alarm);
  }
}
