package io.weatherdata.bootstrap;

import io.weatherdata.adapter.out.secrets.SecretsManagerCredentials;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * AWS SDK clients, built once per process with the lightweight URL-connection HTTP client. Region and
 * credentials come from the SDK's default chains (the Lambda role, EC2 instance profile, or environment).
 * An endpoint override points a client at a compatible local server (S3 then uses path-style addressing).
 */
public final class AwsClients {
  private AwsClients() {}

  public static S3Client s3(Optional<String> endpoint) {
    var builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
    endpoint.ifPresent(url -> builder.endpointOverride(URI.create(url)).forcePathStyle(true));
    return builder.build();
  }

  public static EventBridgeClient eventBridge(Optional<String> endpoint) {
    var builder = EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create());
    endpoint.ifPresent(url -> builder.endpointOverride(URI.create(url)));
    return builder.build();
  }

  public static SecretsManagerCredentials databaseSecret(String secretId, Optional<String> endpoint) {
    var builder = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create());
    endpoint.ifPresent(url -> builder.endpointOverride(URI.create(url)));
    return new SecretsManagerCredentials(builder.build(), secretId);
  }
}
