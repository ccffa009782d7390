package io.weatherdata.adapter.out.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Test support for AWS services that speak the JSON 1.1 protocol (Secrets Manager, EventBridge): a WireMock server
 * standing in for the service, and real SDK clients sending to it over HTTP.
 */
public final class AwsJsonStub {
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private AwsJsonStub() {}

  public static WireMockExtension server() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  }

  /** A real client (URLConnection HTTP, static test credentials, us-east-1) whose endpoint is {@code server}. */
  public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(
      B builder, WireMockExtension server) {
    return builder
        .endpointOverride(URI.create(server.baseUrl()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST",
            "test-secret-key")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /** Calls of one operation: {@code POST /} with {@code X-Amz-Target: <target>}, e.g. {@code AWSEvents.PutEvents}. */
  public static MappingBuilder operation(String target) {
    return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
  }

  public static ResponseDefinitionBuilder answer(String json) {
    return aResponse().withStatus(200).withHeader("Content-Type", CONTENT_TYPE).withBody(json);
  }

  /** An error as AWS JSON services send it: HTTP 400 with the error code in {@code __type}. */
  public static ResponseDefinitionBuilder error(String type, String message) {
    return aResponse().withStatus(400).withHeader("Content-Type", CONTENT_TYPE)
        .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
  }
}
