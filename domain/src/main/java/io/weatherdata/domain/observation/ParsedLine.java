package io.weatherdata.domain.observation;

/** What one raw line became. */
public sealed interface ParsedLine {
  record Accepted(Observation observation) implements ParsedLine {}

  record Rejected(Rejection rejection) implements ParsedLine {}

  /** An empty or whitespace-only line. */
  record Blank() implements ParsedLine {}
}
