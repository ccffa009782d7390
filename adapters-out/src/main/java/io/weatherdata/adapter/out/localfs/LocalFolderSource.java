package io.weatherdata.adapter.out.localfs;

import io.weatherdata.application.ingestion.port.out.ObservationSourcePort;
import io.weatherdata.domain.observation.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Station files ({@code *.txt}) directly inside a local folder; the checksum is the SHA-256 of the content. */
public final class LocalFolderSource implements ObservationSourcePort {
  private static final Duration SETTLED = Duration.ofSeconds(1);

  private final Path folder;

  public LocalFolderSource(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("not a folder: " + folder);
    }
    this.folder = folder.toAbsolutePath().normalize();
  }

  @Override
  public String describe() {
    return folder.toString();
  }

  /**
   * Hashes the files in parallel, except one whose size and modification time are those of its last load: its
   * content is that load's. The time vouches only for a file already settled when it was listed (modified more than
   * a second before): a write just after a read can keep the same time stamp (the file system's clock ticks in
   * milliseconds), so a younger file is always hashed, and listed without a time.
   */
  @Override
  public List<SourceFile> listFiles(Map<String, SourceFile> loaded) {
    Instant settled = Instant.now().minus(SETTLED);
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
          .sorted()
          .parallel() // hashing is most of a rerun: one file per core, the list still in name order
          .map(p -> describeFile(p, loaded.get(p.getFileName().toString()), settled))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + folder, e);
    }
  }

  @Override
  public InputStream open(SourceFile file) {
    try {
      return Files.newInputStream(folder.resolve(file.name()));
    } catch (IOException e) {
      throw new UncheckedIOException("opening " + file.name(), e);
    }
  }

  private static SourceFile describeFile(Path path, SourceFile last, Instant settled) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
    Instant modifiedAt = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS);
    Optional<Instant> modified = Optional.of(modifiedAt).filter(t -> t.isBefore(settled));
    if (last != null && modified.isPresent() && modified.equals(last.modified())
        && attributes.size() == last.sizeBytes()) {
      return last;
    }
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(path),
        MessageDigest.getInstance("SHA-256"))) {
      long size = in.transferTo(java.io.OutputStream.nullOutputStream());
      String checksum = "sha256:" + HexFormat.of().formatHex(in.getMessageDigest().digest());
      return new SourceFile(path.getFileName().toString(), checksum, size, modified);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
