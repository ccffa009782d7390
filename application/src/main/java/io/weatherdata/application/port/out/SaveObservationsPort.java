package io.weatherdata.application.port.out;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.SourceFile;
import io.weatherdata.domain.stats.StationYear;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Stores the observations of whole files and remembers which file content was loaded. */
public interface SaveObservationsPort {
  /** File name to checksum of its last successful load. */
  Map<String, String> loadedChecksums();

  /**
   * Upserts every observation of one file (all of one station) and records the file's checksum (as loaded by run {@code runId}) and the station-years it touched,
   * all in one transaction: on any failure nothing of the file is stored.
   */
  FileSaveResult saveFile(long runId, SourceFile file, Iterator<Observation> observations);

  /** Row counts, and the station-years whose stored rows changed (inserted or updated). */
  record FileSaveResult(long inserted, long updated, long unchanged, Set<StationYear> touched) {
    public FileSaveResult {
      touched = Set.copyOf(touched);
    }

    public FileSaveResult(long inserted, long updated, long unchanged) {
      this(inserted, updated, unchanged, Set.of());
    }
  }
}
