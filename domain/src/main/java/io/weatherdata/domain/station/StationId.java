package io.weatherdata.domain.station;

/** A GHCN-Daily station identifier such as {@code USC00110072}: two letters, then nine letters or digits. */
public record StationId(String value) implements Comparable<StationId> {
  private static final int LENGTH = 11;
  private static final String FILE_SUFFIX = ".txt";

  public StationId {
    if (value == null) {
      throw new IllegalArgumentException("a station id is required");
    }
    if (!wellFormed(value)) {
      throw new IllegalArgumentException(
          "a station id is 2 letters then 9 letters or digits (e.g. USC00110072), got '" + abbreviate(value) + "'");
    }
  }

  /**
   * [A-Z]{2}[A-Z0-9]{9}, checked by hand: every row read from the database passes here, and the regex was 2% of a
   * cold page's CPU (BENCHMARKS.md).
   */
  private static boolean wellFormed(String value) {
    if (value.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = value.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || i >= 2 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  public static StationId of(String value) {
    return new StationId(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
  }

  /** The station a raw file belongs to: {@code USC00110072.txt} (any folder prefix) is station USC00110072. */
  public static StationId fromFileName(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    if (!name.endsWith(FILE_SUFFIX)) {
      throw new IllegalArgumentException("a station file is named <station id>.txt, got '" + abbreviate(name) + "'");
    }
    return new StationId(name.substring(0, name.length() - FILE_SUFFIX.length()));
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  @Override
  public int compareTo(StationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
