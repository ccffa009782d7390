package io.weatherdata.application.ingestion.port.out;

import io.weatherdata.domain.observation.SourceFile;
import java.io.InputStream;
import java.util.List;

/** Where raw station files come from (a local folder, an S3 prefix). Failures are unchecked. */
public interface ObservationSourcePort {
  /** A human-readable location, e.g. a path or {@code s3://bucket/prefix}. */
  String describe();

  /** Every station file in the source, with a content checksum, in a stable order. */
  List<SourceFile> listFiles();

  /** The file's bytes, streamed; the caller closes it. */
  InputStream open(SourceFile file);
}
