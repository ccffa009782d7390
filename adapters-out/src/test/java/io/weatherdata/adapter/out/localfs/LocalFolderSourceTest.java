package io.weatherdata.adapter.out.localfs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.domain.observation.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in a temporary folder. */
class LocalFolderSourceTest {
  private static final String DAY = "19850101\t-22\t-128\t94\n";
  /** SHA-256 of {@link #DAY}, as {@code sha256sum} prints it. */
  private static final String DAY_SHA256 = "sha256:" + sha256(DAY);
  private static final Instant SETTLED = Instant.parse("2020-03-01T12:00:00.123456Z");

  @TempDir
  Path folder;

  @Test
  void listsTheStationFilesInNameOrderWithTheirSha256AndSettledModificationTime() throws IOException {
    write("USC00110187.txt", DAY + DAY, SETTLED);
    write("USC00110072.txt", DAY, SETTLED);
    write("notes.md", "not a station file", SETTLED);

    List<SourceFile> files = new LocalFolderSource(folder).listFiles();

    assertThat(files).containsExactly(
        new SourceFile("USC00110072.txt", DAY_SHA256, DAY.length(), Optional.of(SETTLED)),
        new SourceFile("USC00110187.txt", "sha256:" + sha256(DAY + DAY), 2L * DAY.length(), Optional.of(SETTLED)));
  }

  @Test
  void aFileWithTheSizeAndSettledTimeOfItsLastLoadKeepsThatLoadsChecksumUnread() throws IOException {
    write("USC00110072.txt", DAY, SETTLED);
    SourceFile loaded = new SourceFile("USC00110072.txt", "sha256:of-the-last-load", DAY.length(),
        Optional.of(SETTLED));

    assertThat(new LocalFolderSource(folder).listFiles(Map.of(loaded.name(), loaded))).containsExactly(loaded);
  }

  @Test
  void anotherSizeOrTimeIsHashed() throws IOException {
    write("USC00110072.txt", DAY, SETTLED.plusSeconds(1));
    SourceFile sameSize = new SourceFile("USC00110072.txt", "sha256:stale", DAY.length(), Optional.of(SETTLED));
    SourceFile sameTime = new SourceFile("USC00110072.txt", "sha256:stale", 1, Optional.of(SETTLED.plusSeconds(1)));

    assertThat(new LocalFolderSource(folder).listFiles(Map.of(sameSize.name(), sameSize)))
        .extracting(SourceFile::checksum).containsExactly(DAY_SHA256);
    assertThat(new LocalFolderSource(folder).listFiles(Map.of(sameTime.name(), sameTime)))
        .extracting(SourceFile::checksum).containsExactly(DAY_SHA256);
  }

  @Test
  void aFileModifiedUnderASecondAgoIsHashedAndListedWithoutATime() throws IOException {
    Path path = folder.resolve("USC00110072.txt");
    Files.writeString(path, DAY, UTF_8);
    Instant justNow = Files.getLastModifiedTime(path).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    SourceFile loaded = new SourceFile(path.getFileName().toString(), "sha256:stale", DAY.length(),
        Optional.of(justNow));

    assertThat(new LocalFolderSource(folder).listFiles(Map.of(loaded.name(), loaded)))
        .containsExactly(new SourceFile("USC00110072.txt", DAY_SHA256, DAY.length(), Optional.empty()));
  }

  private void write(String name, String content, Instant modified) throws IOException {
    Path path = folder.resolve(name);
    Files.writeString(path, content, UTF_8);
    Files.setLastModifiedTime(path, FileTime.from(modified));
  }

  private static String sha256(String content) {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(content.getBytes(UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
