package io.weatherdata.domain.observation;

/** A raw line that could not become an observation: where it was and why. */
public record Rejection(String file, long lineNumber, String reason) {
  @Override
  public String toString() {
    return file + ":" + lineNumber + ": " + reason;
  }
}
