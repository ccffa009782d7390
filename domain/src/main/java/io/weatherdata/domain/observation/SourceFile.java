package io.weatherdata.domain.observation;

import java.util.Objects;

/**
 * A raw station file as a source lists it: its name (relative to the source root), a checksum of its
 * content (unchanged checksum means unchanged content) and its size in bytes.
 */
public record SourceFile(String name, String checksum, long sizeBytes) {
  public SourceFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(checksum, "checksum");
  }
}
