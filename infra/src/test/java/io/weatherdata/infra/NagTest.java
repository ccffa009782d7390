package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.IConstruct;

/**
 * cdk-nag's AwsSolutions rules, which {@link WeatherDeployment} applies to every stack: no finding is left
 * unsuppressed, in either environment or at {@code scale=ghcn}, and every suppression has its reason and its row in
 * docs/deployment.md.
 */
class NagTest {

  private static final Path GUIDE = Path.of("../docs/deployment.md");

  /** "stack path: rule: message" for each unsuppressed AwsSolutions finding of the given level. */
  static List<String> findings(Stack stack, boolean errors) {
    Annotations annotations = Annotations.fromStack(stack);
    List<SynthesisMessage> messages = errors
        ? annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))
        : annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));
    return messages.stream().map(message -> message.getId() + ": " + message.getEntry().getData()).toList();
  }

  static List<String> findings(boolean errors) {
    List<String> findings = new ArrayList<>();
    for (Synthesized synthesized : Synthesized.all()) {
      for (Stack stack : synthesized.deployment.stacks()) {
        findings.addAll(findings(stack, errors));
      }
    }
    return findings;
  }

  @Test
  void noStackHasAnUnsuppressedError() {
    assertThat(findings(true)).isEmpty();
  }

  @Test
  void noStackHasAnUnsuppressedWarning() {
    assertThat(findings(false)).isEmpty();
  }

  @Test
  void aFindingNobodySuppressedIsReported() {
    App app = new App();
    Stack stack = new Stack(app, "unchecked");
    Bucket.Builder.create(stack, "Plain").build();
    Aspects.of(app).add(new AwsSolutionsChecks());
    assertThat(findings(stack, true)).anyMatch(finding -> finding.contains("AwsSolutions-S1:"))
        .anyMatch(finding -> finding.contains("AwsSolutions-S10:"));
  }

  @Test
  void everySuppressionHasAReasonAndARowInTheDeploymentGuide() throws IOException {
    List<String> rows = Files.readString(GUIDE).lines().filter(line -> line.startsWith("| `AwsSolutions-")).toList();
    Set<String> suppressions = new TreeSet<>();
    for (Synthesized synthesized : Synthesized.all()) {
      for (Stack stack : synthesized.deployment.stacks()) {
        for (IConstruct construct : stack.getNode().findAll()) {
          if (construct instanceof CfnResource resource && resource.getMetadata("cdk_nag") instanceof Map<?, ?> nag) {
            String topLevel = construct.getNode().getPath().split("/")[1];
            for (Object rule : (List<?>) nag.get("rules_to_suppress")) {
              Map<?, ?> suppression = (Map<?, ?>) rule;
              assertThat(suppression.get("reason").toString()).as(suppression.toString()).hasSizeGreaterThan(60);
              suppressions.add(suppression.get("id") + " on " + topLevel);
            }
          }
        }
      }
    }
    assertThat(suppressions).hasSizeGreaterThan(20).allSatisfy(suppression -> {
      String[] ruleAndConstruct = suppression.split(" on ");
      assertThat(rows).as(suppression + " in " + GUIDE).anyMatch(row -> row.contains("`" + ruleAndConstruct[0] + "`")
          && row.contains("`" + ruleAndConstruct[1] + "`"));
    });
  }
}
