package io.weatherdata.adapter.out.s3;

import io.weatherdata.application.ingestion.port.out.ObservationSourcePort;
import io.weatherdata.domain.observation.SourceFile;
import java.io.InputStream;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Station files ({@code *.txt}) directly under an S3 prefix (deeper "folders" are ignored); the checksum is the
 * object's ETag, so an object whose content is unchanged is skipped. Objects are streamed, never buffered whole.
 */
public final class S3ObservationSource implements ObservationSourcePort {
  private static final String SCHEME = "s3://";
  private static final String FILE_SUFFIX = ".txt";
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  /** {@code prefix} may be empty (the bucket's top level) and may end with '/' or not. */
  public S3ObservationSource(S3Client s3, String bucket, String prefix) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    if (bucket == null || !BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException(
          "bucket must be 3-63 lowercase letters, digits, dots or hyphens, got '" + bucket + "'");
    }
    this.bucket = bucket;
    this.prefix = Objects.requireNonNull(prefix, "prefix").isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
  }

  /** A source for {@code s3://bucket} or {@code s3://bucket/prefix}. */
  /**
   * A client with the URL-connection HTTP client (small, fast to start); {@code endpoint} points it at an
   * S3-compatible server instead of AWS (then with path-style addressing).
   */
  public static S3Client client(Optional<String> endpoint) {
    var builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
    endpoint.ifPresent(url -> builder.endpointOverride(URI.create(url)).forcePathStyle(true));
    return builder.build();
  }

  public static S3ObservationSource fromUri(S3Client s3, String uri) {
    if (uri == null || !uri.startsWith(SCHEME)) {
      throw new IllegalArgumentException("S3 location must look like s3://bucket/prefix, got '" + uri + "'");
    }
    String path = uri.substring(SCHEME.length());
    int slash = path.indexOf('/');
    String bucket = slash < 0 ? path : path.substring(0, slash);
    String prefix = slash < 0 ? "" : path.substring(slash + 1);
    if (bucket.isEmpty()) {
      throw new IllegalArgumentException("S3 location has no bucket: '" + uri + "'");
    }
    if (prefix.startsWith("/")) {
      throw new IllegalArgumentException("S3 location has an empty folder after the bucket: '" + uri + "'");
    }
    return new S3ObservationSource(s3, bucket, prefix);
  }

  @Override
  public String describe() {
    return SCHEME + bucket + (prefix.isEmpty() ? "" : "/" + prefix.substring(0, prefix.length() - 1));
  }

  /** The checksum is the object's ETag, from the listing: nothing is read, whatever was loaded. */
  @Override
  public List<SourceFile> listFiles(Map<String, SourceFile> loaded) {
    ListObjectsV2Request request = ListObjectsV2Request.builder()
        .bucket(bucket)
        .prefix(prefix)
        .delimiter("/")                   // deeper keys come back rolled up as common prefixes, not as contents
        .encodingType(EncodingType.URL)   // keys XML cannot carry survive; the SDK decodes them
        .build();
    try {
      return s3.listObjectsV2Paginator(request).contents().stream()
          .filter(object -> object.key().endsWith(FILE_SUFFIX))
          .map(this::toSourceFile)
          .sorted(Comparator.comparing(SourceFile::name))
          .toList();
    } catch (SdkException e) {
      throw failure("listing " + describe(), e);
    }
  }

  @Override
  public InputStream open(SourceFile file) {
    String key = prefix + file.name();
    try {
      return s3.getObject(get -> get.bucket(bucket).key(key));
    } catch (SdkException e) {
      throw failure("opening s3://" + bucket + "/" + key, e);
    }
  }

  private SourceFile toSourceFile(S3Object object) {
    String name = object.key().substring(prefix.length());
    return new SourceFile(name, "s3-etag:" + unquoted(object.eTag()), object.size());
  }

  private static String unquoted(String eTag) {
    return eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"") ? eTag.substring(1,
        eTag.length() - 1) : eTag;
  }

  private static SdkException failure(String action, SdkException cause) {
    return SdkException.create(action + ": " + cause.getMessage(), cause);
  }
}
