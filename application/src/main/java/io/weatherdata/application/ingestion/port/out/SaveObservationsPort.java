package io.weatherdata.application.ingestion.port.out;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.SourceFile;
import java.util.Iterator;
import java.util.Map;

/** Stores the observations of whole files and remembers which file content was loaded. */
public interface SaveObservationsPort {
  /** File name to the file as it was at its last successful load (checksum, size, modification time). */
  Map<String, SourceFile> loadedFiles();

  /**
   * A file listed with the checksum of its last load (so skipped): remember the size and modification time it has
   * now, for the next run to trust them.
   */
  void recordUnchanged(SourceFile file);

  /**
   * Upserts every observation of one file (all of one station), records the file's checksum (as loaded by run
   * {@code runId}) and marks the station-years whose rows changed as pending analysis, all in one transaction:
   * on any failure nothing of the file is stored.
   */
  FileSaveResult saveFile(long runId, SourceFile file, Iterator<Observation> observations);

  /**
   * Called once a run knows its files, before the first {@link #saveFile}: a store may ready itself for a bulk load
   * (an empty one can defer its secondary indexes, to build each once rather than keep it up row by row). The
   * returned load is closed after the run's last file, whatever the run's outcome; the store is whole again then.
   */
  BulkLoad startLoad();

  /** What {@link #startLoad} readied, undone or finished on close. */
  interface BulkLoad extends AutoCloseable {
    @Override
    void close();
  }

  /** Row counts of one file. */
  record FileSaveResult(long inserted, long updated, long unchanged) {}
}
