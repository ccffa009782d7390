package io.weatherdata.adapter.out.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

class S3ObservationSourceTest {
  private final RecordingS3Client s3 = new RecordingS3Client();

  @ParameterizedTest
  @CsvSource({
      "s3://weather,                 s3://weather,            ''",
      "s3://weather/,                s3://weather,            ''",
      "s3://weather/raw,             s3://weather/raw,        raw/",
      "s3://weather/raw/,            s3://weather/raw,        raw/",
      "s3://my.bucket-1/a/b c/d+e,   s3://my.bucket-1/a/b c/d+e, a/b c/d+e/"})
  void aLocationIsReadAsBucketAndFolderPrefix(String uri, String described, String listedPrefix) {
    S3ObservationSource source = S3ObservationSource.fromUri(s3, uri);

    source.listFiles();

    assertThat(source.describe()).isEqualTo(described);
    assertThat(s3.requests).singleElement().satisfies(request -> {
      assertThat(request.prefix()).isEqualTo(listedPrefix);
      assertThat(request.delimiter()).isEqualTo("/");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "weather/raw,          s3://bucket/prefix",
      "http://weather/raw,   s3://bucket/prefix",
      "S3://weather/raw,     s3://bucket/prefix",
      "s3://,                no bucket",
      "s3:///raw,            no bucket",
      "s3://weather//raw,    empty folder",
      "s3://Weather/raw,     bucket must be",
      "s3://we/raw,          bucket must be",
      "s3://wea_ther/raw,    bucket must be"})
  void aMalformedLocationIsRefusedNamingTheProblem(String uri, String problem) {
    assertThatThrownBy(() -> S3ObservationSource.fromUri(s3, uri))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problem);
  }

  /** An S3 client that answers every listing with an empty page and remembers the requests; no I/O. */
  private static final class RecordingS3Client implements S3Client {
    private final List<ListObjectsV2Request> requests = new ArrayList<>();

    @Override
    public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
      requests.add(request);
      return ListObjectsV2Response.builder().isTruncated(false).build();
    }

    @Override
    public String serviceName() {
      return SERVICE_NAME;
    }

    @Override
    public void close() {}
  }
}
