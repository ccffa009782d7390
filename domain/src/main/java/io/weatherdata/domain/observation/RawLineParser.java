package io.weatherdata.domain.observation;

import io.weatherdata.domain.station.StationId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Parses one raw line {@code YYYYMMDD<TAB>maxTemp<TAB>minTemp<TAB>precip}: temperatures in tenths of °C,
 * precipitation in tenths of mm, {@code -9999} for a missing value. Fields may be padded with spaces.
 */
public final class RawLineParser {
  public static final int MISSING = -9999;
  private static final int MAX_QUOTED = 60;
  private static final int FIELDS = 4;
  private static final String[] NAMES = {"max temperature", "min temperature", "precipitation"};

  private RawLineParser() {}

  public static ParsedLine parse(StationId station, String file, long lineNumber, String line) {
    if (line.isBlank()) {
      return new ParsedLine.Blank();
    }
    // The fields are read in place (tab positions, trimmed bounds): no split, no substring for a good line.
    int[] bounds = new int[FIELDS + 1];
    int fields = 1;
    for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
      if (fields <= FIELDS - 1) {
        bounds[fields] = i + 1;
      }
      fields++;
    }
    if (fields != FIELDS) {
      return reject(file, lineNumber, "expected 4 tab-separated columns, found " + fields + " in '"
          + quote(line) + "'");
    }
    bounds[FIELDS] = line.length() + 1;
    LocalDate date;
    try {
      date = parseDate(line, bounds[0], bounds[1] - 1);
    } catch (IllegalArgumentException e) {
      return reject(file, lineNumber, e.getMessage());
    }
    int[] values = new int[3];
    for (int i = 0; i < 3; i++) {
      int from = skipSpace(line, bounds[i + 1], bounds[i + 2] - 1);
      int to = trimSpace(line, from, bounds[i + 2] - 1);
      try {
        values[i] = Integer.parseInt(line, from, to, 10);
      } catch (NumberFormatException e) {
        return reject(file, lineNumber, NAMES[i] + " is not an integer: '" + quote(line.substring(from, to)) + "'");
      }
    }
    try {
      return new ParsedLine.Accepted(new Observation(station,
          date,
          temperature(values[0]),
          temperature(values[1]),
          values[2] == MISSING ? Optional.empty() : Optional.of(Precipitation.ofTenthsMillimetre(values[2]))));
    } catch (IllegalArgumentException e) {
      return reject(file, lineNumber, e.getMessage());
    }
  }

  private static Optional<Temperature> temperature(int tenths) {
    return tenths == MISSING ? Optional.empty() : Optional.of(Temperature.ofTenthsCelsius(tenths));
  }

  /** The date in {@code line[from, to)}, whitespace around it ignored. */
  private static LocalDate parseDate(String line, int from, int to) {
    from = skipSpace(line, from, to);
    to = trimSpace(line, from, to);
    boolean digits = to - from == 8;
    for (int i = from; digits && i < to; i++) {
      digits = line.charAt(i) >= '0' && line.charAt(i) <= '9';
    }
    if (!digits) {
      throw new IllegalArgumentException("date must be YYYYMMDD, got '" + quote(line.substring(from, to)) + "'");
    }
    int year = Integer.parseInt(line, from, from + 4, 10);
    int month = Integer.parseInt(line, from + 4, from + 6, 10);
    int day = Integer.parseInt(line, from + 6, to, 10);
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("impossible date " + line.substring(from, to));
    }
  }

  /** The first index in {@code [from, to)} not whitespace (as {@link String#strip()} sees it), or {@code to}. */
  private static int skipSpace(String line, int from, int to) {
    while (from < to && Character.isWhitespace(line.codePointAt(from))) {
      from++;
    }
    return from;
  }

  /** {@code to} moved back over trailing whitespace, not past {@code from}. */
  private static int trimSpace(String line, int from, int to) {
    while (to > from && Character.isWhitespace(line.codePointBefore(to))) {
      to--;
    }
    return to;
  }

  private static ParsedLine reject(String file, long lineNumber, String reason) {
    return new ParsedLine.Rejected(new Rejection(file, lineNumber, reason));
  }

  private static String quote(String text) {
    String printable = text.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= MAX_QUOTED ? printable : printable.substring(0, MAX_QUOTED) + "…";
  }
}
