package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

/**
 * Every identity policy in every stack of every fixture (both environments, and {@code scale=ghcn}): no action with
 * a wildcard anywhere ({@code *}, {@code s3:*}, {@code s3:Get*}), no unscoped resource.
 */
class LeastPrivilegeTest {

  /** AWS managed policies a role may carry, each for a reason docs/deployment.md gives. */
  static final Set<String> ALLOWED_MANAGED_POLICIES = Set.of(
      "service-role/AWSLambdaBasicExecutionRole",          // Lambda logs
      "service-role/AWSLambdaVPCAccessExecutionRole",      // Lambda network interfaces in the VPC
      "AWSElasticBeanstalkWebTier",                        // EB instance agent: logs, health
      "service-role/AWSElasticBeanstalkEnhancedHealth",    // EB service role
      "AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy", // EB service role: managed platform updates
      "AdministratorAccess-AWSElasticBeanstalk");          // CodePipeline's EB deploy action (added by the CDK)

  /** One Allow/Deny statement of an identity policy, with the resource that holds it. */
  record Statement(String stack, String holder, JsonNode body) {
    List<String> actions() {
      return Cfn.list(body.path("Action")).stream().map(JsonNode::asText).toList();
    }

    List<JsonNode> resources() {
      return Cfn.list(body.path("Resource"));
    }

    @Override
    public String toString() {
      return stack + "/" + holder + ": " + body;
    }
  }

  /** Walks AWS::IAM::Policy, AWS::IAM::ManagedPolicy and the inline policies of AWS::IAM::Role. */
  static List<Statement> identityStatements(String stack, JsonNode template) {
    List<Statement> statements = new ArrayList<>();
    template.path("Resources").fields().forEachRemaining(entry -> {
      JsonNode properties = entry.getValue().path("Properties");
      List<JsonNode> documents = new ArrayList<>();
      switch (entry.getValue().path("Type").asText()) {
        case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" -> documents.add(properties.path("PolicyDocument"));
        case "AWS::IAM::Role" -> properties.path("Policies").forEach(p -> documents.add(p.path("PolicyDocument")));
        default -> { }
      }
      documents.forEach(document -> document.path("Statement")
          .forEach(statement -> statements.add(new Statement(stack, entry.getKey(), statement))));
    });
    return statements;
  }

  static List<Statement> allStatements() {
    List<Statement> all = new ArrayList<>();
    for (Synthesized synthesized : Synthesized.all()) {
      for (Stack stack : synthesized.deployment.stacks()) {
        all.addAll(identityStatements(stack.getStackName(), synthesized.json(stack)));
      }
    }
    return all;
  }

  @Test
  void theWalkFindsThePoliciesOfEveryRoleKind() {
    List<Statement> all = allStatements();
    assertThat(all).hasSizeGreaterThan(40);
    assertThat(all).extracting(Statement::stack).contains("weather-dev-api", "weather-dev-ingestion",
        "weather-dev-pipeline", "weather-prod-ingestion");
  }

  /** "stack/holder: action" for each action that holds a {@code *}. */
  static List<String> wildcardActions(List<Statement> statements) {
    return statements.stream().flatMap(statement -> statement.actions().stream()
        .filter(action -> action.contains("*"))
        .map(action -> statement.stack() + "/" + statement.holder() + ": " + action)).toList();
  }

  @Test
  void noStatementAllowsAWildcardAction() {
    List<Statement> all = allStatements();
    assertThat(all).allSatisfy(statement -> {
      assertThat(statement.body().path("Effect").asText()).as(statement.toString()).isEqualTo("Allow");
      assertThat(statement.body().has("NotAction")).as(statement.toString()).isFalse();
      assertThat(statement.actions()).as(statement.toString()).isNotEmpty();
    });
    assertThat(wildcardActions(all)).isEmpty();
  }

  @Test
  void aWildcardInsideAnActionNameIsCaught() {
    Stack stack = new Stack(new App(), "wildcards");
    Role.Builder.create(stack, "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build()
        .addToPolicy(PolicyStatement.Builder.create()
            .actions(List.of("s3:GetObject", "s3:Get*"))
            .resources(List.of("arn:aws:s3:::bucket/key"))
            .build());
    JsonNode template = new ObjectMapper().valueToTree(Template.fromStack(stack).toJSON());
    assertThat(wildcardActions(identityStatements("wildcards", template))).singleElement().asString()
        .endsWith(": s3:Get*");
  }

  @Test
  void everyStatementNamesItsResources() {
    assertThat(allStatements()).allSatisfy(statement -> {
      assertThat(statement.body().has("NotResource")).as(statement.toString()).isFalse();
      assertThat(statement.resources()).as(statement.toString())
          .isNotEmpty()
          .noneMatch(resource -> resource.isTextual() && resource.asText().equals("*"));
    });
  }

  @Test
  void onlyListedAwsManagedPoliciesAreAttached() {
    Set<String> attached = new TreeSet<>();
    for (Synthesized synthesized : Synthesized.all()) {
      for (Stack stack : synthesized.deployment.stacks()) {
        Cfn.resources(synthesized.json(stack), "AWS::IAM::Role").values().forEach(role ->
            role.path("Properties").path("ManagedPolicyArns").forEach(arn -> {
              String text = arn.toString();
              attached.add(text.substring(text.indexOf(":policy/") + ":policy/".length()).replaceAll("\\W*$", ""));
            }));
      }
    }
    assertThat(attached).isNotEmpty().isSubsetOf(ALLOWED_MANAGED_POLICIES);
  }

  @Test
  void ingestionReadsOnlyTheRawPrefixAndAnalysisOnlyTheSecret() {
    Synthesized dev = Synthesized.dev();
    List<Statement> statements = identityStatements("ingestion", dev.json(dev.deployment.ingestion()));
    List<String> ingestActions = actionsOf(statements, "ScheduledIngestServiceRole");
    assertThat(ingestActions).containsExactlyInAnyOrder("secretsmanager:GetSecretValue",
        "secretsmanager:DescribeSecret", "s3:ListBucket", "s3:GetObject", "events:PutEvents", "sqs:SendMessage",
        "sqs:GetQueueAttributes", "sqs:GetQueueUrl");
    assertThat(actionsOf(statements, "AnalysisServiceRole")).containsExactlyInAnyOrder(
        "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret", "sqs:SendMessage",
        "sqs:GetQueueAttributes", "sqs:GetQueueUrl");
    Statement list = statements.stream()
        .filter(s -> s.holder().startsWith("ScheduledIngestServiceRole") && s.actions().contains("s3:ListBucket"))
        .findFirst().orElseThrow();
    assertThat(list.body().at("/Condition/StringLike/s3:prefix").toString()).contains("wx_data/*");
    Statement get = statements.stream()
        .filter(s -> s.holder().startsWith("ScheduledIngestServiceRole") && s.actions().contains("s3:GetObject"))
        .findFirst().orElseThrow();
    assertThat(get.resources().toString()).contains("/wx_data/*");
  }

  @Test
  void bucketNotificationHandlerMayOnlyConfigureTheRawBucket() {
    Synthesized dev = Synthesized.dev();
    List<Statement> statements = identityStatements("ingestion", dev.json(dev.deployment.ingestion()));
    Statement put = statements.stream().filter(s -> s.actions().contains("s3:PutBucketNotification"))
        .findFirst().orElseThrow();
    assertThat(put.resources()).hasSize(1);
    assertThat(put.resources().get(0).toString()).contains("RawBucket");
  }

  private static List<String> actionsOf(List<Statement> statements, String holderPrefix) {
    return statements.stream().filter(s -> s.holder().startsWith(holderPrefix))
        .flatMap(s -> s.actions().stream()).toList();
  }
}
