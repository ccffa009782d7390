package io.weatherdata.domain.station;

import io.weatherdata.domain.observation.LineFileReader;
import io.weatherdata.domain.observation.Rejection;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams NOAA's GHCN-Daily station list ({@code ghcnd-stations.txt}), one {@link StationMetadata} per line,
 * handing every bad line to a rejection consumer instead. The format is fixed-width, 1-based inclusive columns:
 * 1–11 id, 13–20 latitude, 22–30 longitude, 32–37 elevation in metres ({@code -999.9} unknown), 39–40 state,
 * 42–71 name, 73–75 GSN flag, 77–79 HCN/CRN flag, 81–85 WMO id; the columns between fields are blank.
 *
 * <p>A line may stop early when its trailing fields are blank (trailing spaces trimmed), but must reach the name.
 * Rules beyond a single line, as for station files: a UTF-8 byte order mark is ignored; blank lines at the end
 * are ignored, blank lines followed by data are rejected; a station id seen twice keeps its first line and rejects
 * the later one. Read errors surface as {@link UncheckedIOException}.
 */
public final class StationListReader extends LineFileReader<StationMetadata> {
  /** Columns in a full line: the WMO id ends in column 85. */
  public static final int LINE_LENGTH = 85;
  /** The name, the last mandatory field, starts in column 42. */
  private static final int MIN_LENGTH = 42;
  private static final int[] BLANK_COLUMNS = {12, 21, 31, 38, 41, 72, 76, 80};
  private static final int MAX_QUOTED = 60;

  public StationListReader(String file, BufferedReader reader, Consumer<Rejection> rejections) {
    super(file, reader, rejections);
  }

  @Override
  protected StationMetadata parse(String line, long lineNumber) {
    return parseLine(line.stripTrailing());
  }

  @Override
  protected Object key(StationMetadata record) {
    return record.id();
  }

  @Override
  protected String keyName() {
    return "station";
  }

  private static StationMetadata parseLine(String line) {
    int length = line.length();
    if (length < MIN_LENGTH) {
      throw new IllegalArgumentException("line too short for the station id, latitude, longitude and name: "
          + length + " characters, need at least " + MIN_LENGTH + ", in '" + quote(line) + "'");
    }
    if (length > LINE_LENGTH) {
      throw new IllegalArgumentException("line longer than the " + LINE_LENGTH + " columns of a station line: "
          + length + " characters, in '" + quote(line) + "'");
    }
    for (int column : BLANK_COLUMNS) {
      if (column <= length && line.charAt(column - 1) != ' ') {
        throw new IllegalArgumentException(
            "column " + column + " separates two fields and must be blank: misaligned line '" + quote(line) + "'");
      }
    }
    StationId id = new StationId(columns(line, 1, 11));
    BigDecimal latitude = decimal("latitude", columns(line, 13, 20));
    BigDecimal longitude = decimal("longitude", columns(line, 22, 30));
    BigDecimal elevation = decimal("elevation", columns(line, 32, 37));
    return new StationMetadata(id,
        columns(line, 42, 71),
        unlessBlank(columns(line, 39, 40)),
        latitude,
        longitude,
        elevation.compareTo(StationMetadata.UNKNOWN_ELEVATION) == 0 ? Optional.empty() : Optional.of(elevation),
        unlessBlank(columns(line, 73, 75)),
        unlessBlank(columns(line, 77, 79)),
        unlessBlank(columns(line, 81, 85)));
  }

  /** The text of 1-based inclusive columns {@code first..last}, cut short where the line ends. */
  private static String columns(String line, int first, int last) {
    int length = line.length();
    return line.substring(Math.min(first - 1, length), Math.min(last, length));
  }

  private static Optional<String> unlessBlank(String field) {
    return field.isBlank() ? Optional.empty() : Optional.of(field);
  }

  /**
   * A plain decimal such as {@code -90.7419} or {@code 223}: optional minus, digits, optionally a point and more
   * digits. Built from its digits in one pass; a column is at most 9 characters, so they always fit a long.
   */
  private static BigDecimal decimal(String field, String column) {
    String text = column.strip();
    int length = text.length();
    int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
    boolean negative = i == 1;
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0 && digits > 0) {
        scale = 0;
      } else {
        break;
      }
    }
    if (i != length || digits == 0 || scale == 0) {
      throw new IllegalArgumentException(field + " is not a decimal number: '" + quote(text) + "'");
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
  }

  private static String quote(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }

}
