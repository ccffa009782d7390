package io.weatherdata.adapter.out.s3;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One real S3-compatible server per test JVM (Adobe S3Mock in-process, plain HTTP on a free port), started on
 * first use and shared by the S3 test classes, and the real SDK v2 client talking to it over HTTP, path-style.
 * Every test gets its own fresh bucket.
 */
public final class TestS3 {
  private static final AtomicInteger BUCKETS = new AtomicInteger();
  private static S3Client client;
  private static String endpoint;

  private TestS3() {}

  public static synchronized S3Client client() {
    if (client == null) {
      S3MockExtension server = S3MockExtension.builder().silent().withSecureConnection(false).build();
      server.start();
      endpoint = server.getServiceEndpoint();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
      client = S3Client.builder()
          .endpointOverride(URI.create(server.getServiceEndpoint()))
          .forcePathStyle(true)
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("foo", "bar")))
          .httpClient(UrlConnectionHttpClient.create())
          .build();
    }
    return client;
  }

  /** The server's endpoint, for clients built by the code under test. */
  public static synchronized String endpoint() {
    client();
    return endpoint;
  }

  public static String freshBucket() {
    String bucket = "test-bucket-" + BUCKETS.incrementAndGet();
    client().createBucket(create -> create.bucket(bucket));
    return bucket;
  }

  static void put(String bucket, String key, byte[] content) {
    client().putObject(put -> put.bucket(bucket).key(key), RequestBody.fromBytes(content));
  }

  /** Uploads many small objects 8 at a time: S3Mock answers one PUT in some 20-40 ms, mostly waiting. */
  static void putAll(String bucket, List<String> keys, String content) {
    ExecutorService uploads = Executors.newFixedThreadPool(8);
    try {
      for (Future<?> upload : uploads.invokeAll(keys.stream().map(key -> uploadTask(bucket, key, content)).toList())) {
        upload.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("uploading " + keys.size() + " objects to " + bucket, e);
    } finally {
      uploads.shutdownNow();
    }
  }

  private static Callable<Void> uploadTask(String bucket, String key, String content) {
    return () -> {
      put(bucket, key, content);
      return null;
    };
  }

  static void put(String bucket, String key, String content) {
    put(bucket, key, content.getBytes(StandardCharsets.UTF_8));
  }
}
