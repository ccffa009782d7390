package io.weatherdata.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small reads over a synthesized CloudFormation template (Jackson tree). */
final class Cfn {

  private Cfn() {
  }

  /** The template's resources of one type, by logical id. */
  static Map<String, JsonNode> resources(JsonNode template, String type) {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    template.path("Resources").fields().forEachRemaining(entry -> {
      if (entry.getValue().path("Type").asText().equals(type)) {
        found.put(entry.getKey(), entry.getValue());
      }
    });
    return found;
  }

  static JsonNode only(JsonNode template, String type) {
    Map<String, JsonNode> found = resources(template, type);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + type + ", found " + found.keySet());
    }
    return found.values().iterator().next();
  }

  static JsonNode resource(JsonNode template, String logicalId) {
    JsonNode resource = template.path("Resources").path(logicalId);
    if (resource.isMissingNode()) {
      throw new AssertionError("no resource " + logicalId);
    }
    return resource;
  }

  /** The logical id a {@code Ref} or {@code Fn::GetAtt} points at. */
  static String target(JsonNode reference) {
    if (reference.has("Ref")) {
      return reference.get("Ref").asText();
    }
    if (reference.has("Fn::GetAtt")) {
      return reference.get("Fn::GetAtt").get(0).asText();
    }
    throw new AssertionError("not a reference: " + reference);
  }

  /** A value that may be one item or a list, as a list. */
  static List<JsonNode> list(JsonNode value) {
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(items::add);
    } else if (!value.isMissingNode()) {
      items.add(value);
    }
    return items;
  }

  /** The Elastic Beanstalk environment's option settings as "namespace/OptionName" → value. */
  static Map<String, JsonNode> optionSettings(JsonNode environment) {
    Map<String, JsonNode> options = new LinkedHashMap<>();
    environment.path("Properties").path("OptionSettings").forEach(option -> options.put(
        option.get("Namespace").asText() + "/" + option.get("OptionName").asText(), option.get("Value")));
    return options;
  }

  /** The ingestion stack's functions of the service's Lambda jar (not the CDK's own custom-resource handlers). */
  static Map<String, JsonNode> serviceFunctions(JsonNode ingestionTemplate) {
    Map<String, JsonNode> functions = resources(ingestionTemplate, "AWS::Lambda::Function");
    functions.values().removeIf(function -> !function.at("/Properties/Handler").asText()
        .startsWith(IngestionStack.HANDLER_PACKAGE));
    return functions;
  }

  /** The handler of the function behind a Lambda alias, given a reference to the alias. */
  static String handlerBehindAlias(JsonNode template, JsonNode aliasReference) {
    return functionBehindAlias(template, aliasReference).path("Properties").path("Handler").asText();
  }

  /** The function behind a Lambda alias, given a reference to the alias. */
  static JsonNode functionBehindAlias(JsonNode template, JsonNode aliasReference) {
    JsonNode alias = resource(template, target(aliasReference));
    return resource(template, target(alias.path("Properties").path("FunctionName")));
  }
}
