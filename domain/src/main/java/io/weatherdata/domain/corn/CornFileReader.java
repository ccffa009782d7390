package io.weatherdata.domain.corn;

import io.weatherdata.domain.observation.LineFileReader;
import io.weatherdata.domain.observation.Rejection;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Streams a corn production file, one {@code year<TAB>production} line per year (production in thousands of
 * metric tons; fields may be padded with spaces), handing every bad line to a rejection consumer instead. Rules
 * beyond a single line, as for station files: a UTF-8 byte order mark is ignored; blank lines at the end are
 * ignored, blank lines followed by data are rejected; a year seen twice keeps its first line and rejects the later
 * one. Read errors surface as {@link UncheckedIOException}.
 */
public final class CornFileReader extends LineFileReader<CornProduction> {
  /** Far more than a year and an amount need; longer lines are rejected before any number is read. */
  public static final int MAX_LINE_LENGTH = 200;
  private static final int MAX_YEAR_DIGITS = 9;
  private static final int MAX_QUOTED = 60;

  public CornFileReader(String file, BufferedReader reader, Consumer<Rejection> rejections) {
    super(file, reader, rejections);
  }

  @Override
  protected CornProduction parse(String line, long lineNumber) {
    return parseLine(line);
  }

  @Override
  protected Object key(CornProduction record) {
    return record.year();
  }

  @Override
  protected String keyName() {
    return "year";
  }

  private static CornProduction parseLine(String line) {
    if (line.length() > MAX_LINE_LENGTH) {
      throw new IllegalArgumentException("line longer than " + MAX_LINE_LENGTH + " characters: "
          + line.length() + " characters, in '" + quote(line) + "'");
    }
    int tab = line.indexOf('\t');
    if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
      long columns = line.chars().filter(c -> c == '\t').count() + 1;
      throw new IllegalArgumentException("expected 2 tab-separated columns (year, production), found "
          + columns + " in '" + quote(line) + "'");
    }
    String yearText = line.substring(0, tab).strip();
    String productionText = line.substring(tab + 1).strip();
    if (yearText.isEmpty() || yearText.length() > MAX_YEAR_DIGITS || countDigits(yearText, 0) != yearText.length()) {
      throw new IllegalArgumentException("year is not a whole number: '" + quote(yearText) + "'");
    }
    if (!isPlainDecimal(productionText)) {
      throw new IllegalArgumentException(
          "production is not a decimal number of thousand tons: '" + quote(productionText) + "'");
    }
    return new CornProduction(Integer.parseInt(yearText), new BigDecimal(productionText));
  }

  /** Optional minus, digits, optionally a point and more digits: {@code 225447}, {@code 225447.5}. */
  private static boolean isPlainDecimal(String text) {
    int i = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
    int integerDigits = countDigits(text, i);
    i += integerDigits;
    if (integerDigits == 0) {
      return false;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      int fractionDigits = countDigits(text, i + 1);
      if (fractionDigits == 0) {
        return false;
      }
      i += 1 + fractionDigits;
    }
    return i == text.length();
  }

  private static int countDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static String quote(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }

}
