package io.weatherdata.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/** The S3 server access log bucket of a stack's buckets: private, TLS only, kept as long as the other logs. */
final class AccessLogs {

  private AccessLogs() {
  }

  static Bucket bucket(Construct scope, Settings settings) {
    Bucket bucket = Bucket.Builder.create(scope, "AccessLogs")
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .encryption(BucketEncryption.S3_MANAGED)
        .enforceSsl(true)
        .minimumTlsVersion(1.2)
        .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
        .lifecycleRules(List.of(LifecycleRule.builder()
            .id("expire-access-logs")
            .expiration(Duration.days(settings.logRetentionDays()))
            .build()))
        .removalPolicy(settings.dataRemovalPolicy())
        .autoDeleteObjects(!settings.prod())
        .build();
    Nag.suppress(bucket, "S1", "The access log bucket itself: only S3's log delivery writes to it, and logging "
        + "those writes into a bucket would need another log bucket, without end");
    return bucket;
  }
}
