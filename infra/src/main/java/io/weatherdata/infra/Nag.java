package io.weatherdata.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.IConstruct;

/**
 * cdk-nag suppressions, each on one construct and with its reason; docs/deployment.md lists them all. An IAM5 or
 * IAM4 suppression names the finding it accepts ({@code appliesTo}), so any other wildcard or managed policy on the
 * same resource is still reported.
 */
final class Nag {

  private Nag() {
  }

  static void suppress(IConstruct construct, String rule, String reason, String... appliesTo) {
    NagPackSuppression.Builder suppression = NagPackSuppression.builder().id("AwsSolutions-" + rule).reason(reason);
    if (appliesTo.length > 0) {
      suppression.appliesTo(List.of((Object[]) appliesTo));
    }
    NagSuppressions.addResourceSuppressions(construct, List.of(suppression.build()), true);
  }

  /** How cdk-nag names an AWS managed policy in an IAM4 finding. */
  static String managedPolicy(String name) {
    return "Policy::arn:<AWS::Partition>:iam::aws:policy/" + name;
  }

  /** How cdk-nag names the resource {@code bucket.arnForObjects(keyPattern)} in an IAM5 finding. */
  static String objectsOf(IBucket bucket, String keyPattern) {
    CfnElement resource = (CfnElement) bucket.getNode().getDefaultChild();
    return "Resource::<" + Stack.of(bucket).getLogicalId(resource) + ".Arn>/" + keyPattern;
  }
}
