package io.weatherdata.domain.observation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A raw station file as a source lists it: its name (relative to the source root), a checksum of its
 * content (unchanged checksum means unchanged content) and its size in bytes; for a local file, also its
 * modification time when that can vouch for the content (see {@code ObservationSourcePort#listFiles(Map)}).
 */
public record SourceFile(String name, String checksum, long sizeBytes, Optional<Instant> modified) {
  public SourceFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(modified, "modified");
  }

  public SourceFile(String name, String checksum, long sizeBytes) {
    this(name, checksum, sizeBytes, Optional.empty());
  }
}
