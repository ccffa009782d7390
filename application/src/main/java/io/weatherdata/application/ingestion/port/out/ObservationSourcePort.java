package io.weatherdata.application.ingestion.port.out;

import io.weatherdata.domain.observation.SourceFile;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Where raw station files come from (a local folder, an S3 prefix). Failures are unchecked. */
public interface ObservationSourcePort {
  /** A human-readable location, e.g. a path or {@code s3://bucket/prefix}. */
  String describe();

  /** Every station file in the source, with a content checksum, in a stable order. */
  default List<SourceFile> listFiles() {
    return listFiles(Map.of());
  }

  /**
   * The same, given the files as last loaded (by name): a source may take a loaded file's checksum without reading
   * the file again when it can tell the content has not changed since, e.g. from the same size and modification
   * time.
   */
  List<SourceFile> listFiles(Map<String, SourceFile> loaded);

  /** The file's bytes, streamed; the caller closes it. */
  InputStream open(SourceFile file);
}
