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

  private RawLineParser() {}

  public static ParsedLine parse(StationId station, String file, long lineNumber, String line) {
    if (line.isBlank()) {
      return new ParsedLine.Blank();
    }
    String[] fields = line.split("\t", -1);
    if (fields.length != 4) {
      return reject(file, lineNumber, "expected 4 tab-separated columns, found " + fields.length + " in '"
          + quote(line) + "'");
    }
    String dateText = fields[0].strip();
    LocalDate date;
    try {
      date = parseDate(dateText);
    } catch (IllegalArgumentException e) {
      return reject(file, lineNumber, e.getMessage());
    }
    int[] values = new int[3];
    String[] names = {"max temperature", "min temperature", "precipitation"};
    for (int i = 0; i < 3; i++) {
      String text = fields[i + 1].strip();
      try {
        values[i] = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        return reject(file, lineNumber, names[i] + " is not an integer: '" + quote(text) + "'");
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

  private static LocalDate parseDate(String text) {
    if (text.length() != 8 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("date must be YYYYMMDD, got '" + quote(text) + "'");
    }
    int year = Integer.parseInt(text, 0, 4, 10);
    int month = Integer.parseInt(text, 4, 6, 10);
    int day = Integer.parseInt(text, 6, 8, 10);
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("impossible date " + text);
    }
  }

  private static ParsedLine reject(String file, long lineNumber, String reason) {
    return new ParsedLine.Rejected(new Rejection(file, lineNumber, reason));
  }

  private static String quote(String text) {
    String printable = text.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= MAX_QUOTED ? printable : printable.substring(0, MAX_QUOTED) + "…";
  }
}
