package io.weatherdata.adapter.out.s3;

import static io.weatherdata.adapter.out.s3.TestS3.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weatherdata.domain.observation.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

class S3ObservationSourceIT {
  private static final String DAY = "19850101\t-22\t-128\t94\n";
  private S3Client s3;
  private String bucket;

  @BeforeEach
  void freshBucket() {
    s3 = TestS3.client();
    bucket = TestS3.freshBucket();
  }

  @Test
  void listsTxtObjectsDirectlyUnderThePrefixWithTheirEtagAndSize() {
    put(bucket, "data/USC00110187.txt", DAY + DAY);
    put(bucket, "data/USC00110072.txt", DAY);
    put(bucket, "data/", "");
    put(bucket, "data/README.md", "not a station file");
    put(bucket, "data/nested/USC00111280.txt", DAY);
    put(bucket, "data-old/USC00110072.txt", DAY);
    put(bucket, "USC00111280.txt", DAY);

    List<SourceFile> files = new S3ObservationSource(s3, bucket, "data").listFiles();

    assertThat(files).containsExactly(
        new SourceFile("USC00110072.txt", "s3-etag:" + md5(DAY), DAY.length()),
        new SourceFile("USC00110187.txt", "s3-etag:" + md5(DAY + DAY), 2L * DAY.length()));
  }

  @Test
  void anEmptyPrefixListsTheTopLevelOfTheBucket() {
    put(bucket, "USC00111280.txt", DAY);
    put(bucket, "data/USC00110072.txt", DAY);

    List<SourceFile> files = S3ObservationSource.fromUri(s3, "s3://" + bucket).listFiles();

    assertThat(files).extracting(SourceFile::name).containsExactly("USC00111280.txt");
  }

  @Test
  void listsEveryObjectWhenTheListingTakesSeveralPages() {
    List<String> names = IntStream.range(0, 1050).mapToObj(i -> String.format("USC%08d.txt", i)).toList();
    TestS3.putAll(bucket, names.stream().map(name -> "many/" + name).toList(), "");

    ListObjectsV2Response firstPage = s3.listObjectsV2(list -> list.bucket(bucket).prefix("many/"));
    List<SourceFile> files = new S3ObservationSource(s3, bucket, "many/").listFiles();

    assertThat(firstPage.isTruncated()).as("the server pages at 1,000 keys").isTrue();
    assertThat(firstPage.contents()).hasSize(1000);
    assertThat(files).extracting(SourceFile::name).containsExactlyElementsOf(names);
  }

  @Test
  void changedContentGetsANewChecksumAndIdenticalContentTheSameOne() {
    S3ObservationSource source = new S3ObservationSource(s3, bucket, "data/");
    put(bucket, "data/USC00110072.txt", DAY);
    String first = checksumOfOnlyFile(source);

    put(bucket, "data/USC00110072.txt", DAY.replace("-22", "-23"));
    String changed = checksumOfOnlyFile(source);
    put(bucket, "data/USC00110072.txt", DAY);
    String restored = checksumOfOnlyFile(source);

    assertThat(changed).isNotEqualTo(first);
    assertThat(restored).isEqualTo(first);
  }

  @Test
  void openStreamsTheExactBytes() throws IOException {
    byte[] content = new byte[300_000];
    new Random(42).nextBytes(content);
    put(bucket, "data/USC00110072.txt", content);
    S3ObservationSource source = new S3ObservationSource(s3, bucket, "data");

    try (InputStream in = source.open(source.listFiles().get(0))) {
      assertThat(in).isInstanceOf(ResponseInputStream.class);
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void keysWithSpacesPlusSignsAndUnicodeAreListedAndOpened() throws IOException {
    List<String> names = List.of("a b.txt", "a+b.txt", "a%20b.txt", "a&b=c?.txt", "Zürich 日本.txt", "tab\there.txt",
        "control\u0001char.txt");
    names.forEach(name -> put(bucket, "dir with space/" + name, name));
    S3ObservationSource source = S3ObservationSource.fromUri(s3, "s3://" + bucket + "/dir with space/");

    List<SourceFile> files = source.listFiles();

    assertThat(files).extracting(SourceFile::name).containsExactlyElementsOf(names.stream().sorted().toList());
    for (SourceFile file : files) {
      try (InputStream in = source.open(file)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(file.name());
      }
    }
  }

  @Test
  void failuresNameTheBucketAndKey() {
    S3ObservationSource source = new S3ObservationSource(s3, bucket, "data");
    S3ObservationSource noBucket = new S3ObservationSource(s3, "no-such-bucket", "data");

    assertThatThrownBy(() -> source.open(new SourceFile("USC99999999.txt", "s3-etag:x", 1)))
        .isInstanceOf(SdkException.class)
        .hasMessageContaining("s3://" + bucket + "/data/USC99999999.txt");
    assertThatThrownBy(noBucket::listFiles)
        .isInstanceOf(SdkException.class)
        .hasMessageContaining("s3://no-such-bucket/data");
  }

  private static String checksumOfOnlyFile(S3ObservationSource source) {
    return source.listFiles().get(0).checksum();
  }

  private static String md5(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets
          .UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
