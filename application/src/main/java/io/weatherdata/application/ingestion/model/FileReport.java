package io.weatherdata.application.ingestion.model;

import java.time.Duration;
import java.util.Optional;

/** What happened to one source file in a run. */
public record FileReport(String file,
    Outcome outcome,
    long rowsInserted,
    long rowsUpdated,
    long rowsUnchanged,
    long rowsRejected,
    long qualityWarnings,
    Duration duration,
    Optional<String> problem) {

  public enum Outcome {
    /** Parsed and stored (possibly with some rejected lines). */
    LOADED,
    /** Content checksum equal to the last successful load: not read. */
    SKIPPED,
    /** Not loaded at all (e.g. its name is not a station id); the run goes on. */
    REJECTED
  }

  public static FileReport loaded(String file, long inserted, long updated, long unchanged, long rejected,
      long warnings, Duration took) {
    return new FileReport(file, Outcome.LOADED, inserted, updated, unchanged, rejected, warnings, took,
        Optional.empty());
  }

  public static FileReport skipped(String file) {
    return new FileReport(file, Outcome.SKIPPED, 0, 0, 0, 0, 0, Duration.ZERO, Optional.empty());
  }

  public static FileReport rejected(String file, String problem) {
    return new FileReport(file, Outcome.REJECTED, 0, 0, 0, 0, 0, Duration.ZERO, Optional.of(problem));
  }
}
