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
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Station files ({@code *.txt}) directly inside a local folder; the checksum is the SHA-256 of the content. */
public final class LocalFolderSource implements ObservationSourcePort {
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

  @Override
  public List<SourceFile> listFiles() {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
          .sorted()
          .parallel() // hashing is most of an unchanged rerun: one file per core, the list still in name order
          .map(this::describeFile)
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

  private SourceFile describeFile(Path path) {
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(path),
        MessageDigest.getInstance("SHA-256"))) {
      long size = in.transferTo(java.io.OutputStream.nullOutputStream());
      String checksum = "sha256:" + HexFormat.of().formatHex(in.getMessageDigest().digest());
      return new SourceFile(path.getFileName().toString(), checksum, size);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
