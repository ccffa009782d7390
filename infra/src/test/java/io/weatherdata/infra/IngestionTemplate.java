package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awscdk.Stack;

/**
 * The dev stage's synthesized ingestion template read as the local stand-ins need it: which function each trigger
 * reaches and with what handler, code asset and environment (a {@code Ref} standing for a local name), the schedule,
 * the S3 notification and the completion rule's pattern; and the events AWS would deliver, from the Lambda
 * module's JSON fixtures.
 */
final class IngestionTemplate {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of("..", "bootstrap", "lambda", "src", "test", "resources", "events");

  final Synthesized dev;
  final JsonNode template;

  IngestionTemplate(Synthesized dev) {
    this.dev = dev;
    this.template = dev.json(dev.deployment.ingestion());
  }

  JsonNode scheduleRule() {
    return rule("ScheduleExpression");
  }

  JsonNode completionRule() {
    return rule("EventPattern");
  }

  private JsonNode rule(String property) {
    List<JsonNode> rules = Cfn.resources(template, "AWS::Events::Rule").values().stream()
        .filter(rule -> rule.path("Properties").has(property)).toList();
    assertThat(rules).as("rules with a %s", property).hasSize(1);
    return rules.get(0);
  }

  JsonNode s3Notification() {
    return Cfn.only(template, "Custom::S3BucketNotifications")
        .at("/Properties/NotificationConfiguration/LambdaFunctionConfigurations/0");
  }

  String notifyingBucket() {
    return standIn(Cfn.only(template, "Custom::S3BucketNotifications").at("/Properties/BucketName"));
  }

  /** The function a rule's first target reaches (through its alias). */
  JsonNode target(JsonNode rule) {
    return Cfn.functionBehindAlias(template, rule.at("/Properties/Targets/0/Arn"));
  }

  JsonNode s3Target() {
    return Cfn.functionBehindAlias(template, s3Notification().path("LambdaFunctionArn"));
  }

  /** The function's environment variables from the template, a {@code Ref} standing for a local name. */
  static Map<String, String> variables(JsonNode function) {
    Map<String, String> environment = new HashMap<>();
    function.at("/Properties/Environment/Variables").fields().forEachRemaining(variable ->
        environment.put(variable.getKey(), standIn(variable.getValue())));
    return environment;
  }

  /** A literal as it is; a {@code Ref} as a local name for the resource (its logical id, lower case). */
  static String standIn(JsonNode value) {
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.has("Ref")) {
      return value.get("Ref").asText().toLowerCase();
    }
    throw new AssertionError("no local stand-in for " + value);
  }

  /** The file the synthesis staged for a function's code: the asset the template's S3Key uploads. */
  Path codeAsset(JsonNode function) {
    return asset(dev, dev.deployment.ingestion(), function.at("/Properties/Code/S3Key").asText());
  }

  /** What a stack's asset manifest stages for the object key {@code key} (a file or a folder). */
  static Path asset(Synthesized dev, Stack stack, String key) {
    JsonNode assets = Synthesized.read(dev.outdir.resolve(stack.getArtifactId() + ".assets.json"));
    for (JsonNode asset : (Iterable<JsonNode>) () -> assets.path("files").elements()) {
      for (JsonNode destination : (Iterable<JsonNode>) () -> asset.path("destinations").elements()) {
        if (destination.path("objectKey").asText().equals(key)) {
          return dev.outdir.resolve(asset.at("/source/path").asText());
        }
      }
    }
    throw new AssertionError("no asset uploads " + key);
  }

  /** The event the schedule rule sends when it fires (its time and rule ARN from the template). */
  ObjectNode scheduledEvent() {
    ObjectNode event = fixture("scheduled-event.json");
    JsonNode rule = scheduleRule();
    event.put("time", fired(rule.at("/Properties/ScheduleExpression").asText(), event.get("time").asText()));
    event.putArray("resources").add("arn:aws:events:" + ExecutionEnvironment.REGION + ":"
        + ExecutionEnvironment.ACCOUNT + ":rule/" + rule.at("/Properties/Name").asText());
    return event;
  }

  /**
   * What EventBridge delivers to the completion rule's target for one {@code PutEvents} entry; asserts the entry
   * went to the rule's bus and matches its pattern.
   */
  ObjectNode deliveredCompletion(JsonNode entry) {
    JsonNode rule = completionRule();
    assertThat(entry.path("EventBusName").asText()).isEqualTo(standIn(rule.at("/Properties/EventBusName")));
    ObjectNode event = fixture("ingestion-completed.json");
    event.put("id", UUID.randomUUID().toString());
    event.put("source", entry.path("Source").asText());
    event.put("detail-type", entry.path("DetailType").asText());
    try {
      event.set("detail", JSON.readTree(entry.path("Detail").asText()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(matches(rule.at("/Properties/EventPattern"), event)).as("%s matches %s", event,
        rule.at("/Properties/EventPattern")).isTrue();
    return event;
  }

  /** When a daily {@code cron(M H * * ? *)} schedule fires on the day of {@code time}. */
  private static String fired(String schedule, String time) {
    Matcher daily = Pattern.compile("cron\\((\\d+) (\\d+) \\* \\* \\? \\*\\)").matcher(schedule);
    assertThat(daily.matches()).as("a daily cron schedule, not %s", schedule).isTrue();
    return OffsetDateTime.parse(time).toLocalDate().atTime(LocalTime.of(Integer.parseInt(daily.group(2)),
        Integer.parseInt(daily.group(1)))).atOffset(ZoneOffset.UTC).toString();
  }

  /** EventBridge's matching for what a rule's pattern holds here: lists of allowed values, nested objects. */
  static boolean matches(JsonNode pattern, JsonNode event) {
    for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) pattern::fields) {
      JsonNode allowed = field.getValue();
      JsonNode value = event.path(field.getKey());
      if (allowed.isObject() ? !matches(allowed, value)
          : Cfn.list(value).stream().noneMatch(item -> contains(allowed, item))) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(JsonNode allowed, JsonNode item) {
    for (JsonNode option : allowed) {
      assertThat(option.isValueNode()).as("a content filter (%s) is beyond this matching", option).isTrue();
      if (option.equals(item)) {
        return true;
      }
    }
    return false;
  }

  /** The entries of every {@code PutEvents} call an EventBridge stand-in received. */
  static List<JsonNode> putEventEntries(List<ServeEvent> received) {
    List<JsonNode> entries = new ArrayList<>();
    for (LoggedRequest request : received.stream().map(ServeEvent::getRequest).toList()) {
      if ("AWSEvents.PutEvents".equals(request.getHeader("X-Amz-Target"))) {
        try {
          JSON.readTree(request.getBodyAsString()).path("Entries").forEach(entries::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return entries;
  }

  static ObjectNode fixture(String name) {
    try {
      return (ObjectNode) JSON.readTree(FIXTURES.resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
