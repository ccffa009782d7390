package io.weatherdata.application.ingestion.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to ingest: every file of the source, or only the named ones (e.g. the objects of an S3 event).
 * The listener hears about each file and each kept rejected line (a capped sample per file) as the run goes.
 */
public record IngestCommand(Optional<Set<String>> onlyFiles, IngestionListener listener) {
  public IngestCommand {
    Objects.requireNonNull(onlyFiles, "onlyFiles");
    Objects.requireNonNull(listener, "listener");
  }

  public static IngestCommand allFiles(IngestionListener listener) {
    return new IngestCommand(Optional.empty(), listener);
  }

  public boolean includes(String file) {
    return onlyFiles.map(names -> names.contains(file)).orElse(true);
  }
}
