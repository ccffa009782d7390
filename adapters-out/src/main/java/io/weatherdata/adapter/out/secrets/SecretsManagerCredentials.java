package io.weatherdata.adapter.out.secrets;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Database credentials kept in an AWS Secrets Manager secret of the RDS shape: read on first use, then cached.
 * After a rotation the caller calls {@link #refresh()} once (on an authentication failure). The secret's value
 * never appears in a log or an exception message.
 */
public final class SecretsManagerCredentials {
  private final SecretsManagerClient client;
  private final String secretId;
  private volatile DatabaseCredentials cached;

  public SecretsManagerCredentials(SecretsManagerClient client, String secretId) {
    this.client = Objects.requireNonNull(client, "client");
    this.secretId = Objects.requireNonNull(secretId, "secretId");
  }

  /** The cached credentials; the first call reads the secret. */
  /** Over a client with the URL-connection HTTP client; {@code endpoint} overrides AWS's (a local stand-in). */
  public static SecretsManagerCredentials of(String secretId, Optional<String> endpoint) {
    var builder = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create());
    endpoint.ifPresent(url -> builder.endpointOverride(URI.create(url)));
    return new SecretsManagerCredentials(builder.build(), secretId);
  }

  public DatabaseCredentials current() {
    DatabaseCredentials credentials = cached;
    if (credentials != null) {
      return credentials;
    }
    synchronized (this) {
      if (cached == null) {
        cached = read();
      }
      return cached;
    }
  }

  /** Reads the secret again (it may have been rotated) and caches the result; on failure the cache is kept. */
  public synchronized DatabaseCredentials refresh() {
    cached = read();
    return cached;
  }

  private DatabaseCredentials read() {
    String secret = secretString();
    try {
      return DatabaseCredentials.fromSecretJson(secret);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("Secret '" + secretId + "' holds no usable database credentials: " + e
          .getMessage());
    }
  }

  private String secretString() {
    String secret;
    try {
      secret = client.getSecretValue(request -> request.secretId(secretId)).secretString();
    } catch (SdkException e) {
      throw new IllegalStateException(
          "Secret '" + secretId + "' could not be read from Secrets Manager: " + errorType(e) + ": "
              + e.getMessage(), e);
    }
    if (secret == null) {
      throw new IllegalStateException("Secret '" + secretId
          + "' has no SecretString (binary secrets are not supported)");
    }
    return secret;
  }

  private static String errorType(SdkException e) {
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null
        && service.awsErrorDetails().errorCode() != null) {
      return service.awsErrorDetails().errorCode();
    }
    return e.getClass().getSimpleName();
  }
}
