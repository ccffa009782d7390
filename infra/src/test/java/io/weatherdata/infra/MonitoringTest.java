package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitoringTest {

  private final Synthesized dev = Synthesized.dev();
  private final JsonNode template = dev.json(dev.deployment.monitoring());

  @Test
  void theCriticalSignalsHaveAlarmsThatNotifyTheTopic() {
    Map<String, JsonNode> alarms = Cfn.resources(template, "AWS::CloudWatch::Alarm");
    assertThat(alarms.values()).extracting(alarm -> alarm.at("/Properties/AlarmName").asText())
        .containsExactlyInAnyOrder("weather-dev-api-5xx", "weather-dev-api-latency-p99", "weather-dev-api-health",
            "weather-dev-db-cpu", "weather-dev-db-free-storage", "weather-dev-scheduledingest-errors",
            "weather-dev-s3objectingest-errors", "weather-dev-analysis-errors", "weather-dev-failed-events");
    String topic = Cfn.resources(template, "AWS::SNS::Topic").keySet().iterator().next();
    assertThat(alarms.values()).allSatisfy(alarm -> {
      assertThat(Cfn.target(alarm.at("/Properties/AlarmActions/0"))).isEqualTo(topic);
      assertThat(alarm.at("/Properties/TreatMissingData").asText()).isEqualTo("notBreaching");
    });
  }

  @Test
  void theAlarmEmailIsSubscribed() {
    dev.template(dev.deployment.monitoring()).hasResourceProperties("AWS::SNS::Subscription",
        Map.of("Protocol", "email", "Endpoint", Synthesized.ALARM_EMAIL));
    Synthesized.prod().template(Synthesized.prod().deployment.monitoring())
        .resourceCountIs("AWS::SNS::Subscription", 0);
  }

  @Test
  void theDashboardShowsApiDatabaseLambdaAndIngestionSignals() {
    String body = Cfn.only(template, "AWS::CloudWatch::Dashboard").at("/Properties/DashboardBody").toString();
    assertThat(body).contains("ApplicationLatencyP99", "ApplicationRequests5xx", "CPUUser", "CPUUtilization",
        "DatabaseConnections", "FreeStorageSpace", "Duration", "Errors", "Throttles",
        "{WeatherData,Function} MetricName=", "IngestedRows", "RejectedRows");
  }
}
