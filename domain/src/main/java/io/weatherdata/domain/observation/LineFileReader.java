package io.weatherdata.domain.observation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Streams the records of a line-per-record file, handing every bad line to a rejection consumer instead. The
 * rules every input file of this service shares: a UTF-8 byte order mark is ignored; blank lines at the end of
 * the file are ignored, blank lines followed by data are rejected; a record whose key was seen before keeps the
 * first line and rejects the later one; a reason never carries control characters (it is logged and stored).
 * Read errors surface as {@link UncheckedIOException}.
 */
public abstract class LineFileReader<T> implements Iterator<T> {
  private final String file;
  private final BufferedReader reader;
  private final Consumer<Rejection> rejections;
  private final Map<Object, Long> firstLineOfKey = new HashMap<>();
  private long lineNumber;
  private long pendingBlankLines;
  private long accepted;
  private long rejected;
  private T next;
  private boolean finished;

  protected LineFileReader(String file, BufferedReader reader, Consumer<Rejection> rejections) {
    this.file = file;
    this.reader = reader;
    this.rejections = rejections;
  }

  /** The record of a non-blank line; a bad line throws {@link IllegalArgumentException} saying why. */
  protected abstract T parse(String line, long lineNumber);

  /** What must be unique within the file (e.g. a date); a rejection names it as {@code <keyName> <key>}. */
  protected abstract Object key(T record);

  /** What a key is, as a rejection names it (e.g. {@code date}). */
  protected abstract String keyName();

  /** Called for each record accepted, in file order. */
  protected void accepted(T record) {}

  protected final String file() {
    return file;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !finished) {
      String line = readLine();
      if (line == null) {
        finished = true;
      } else {
        next = accept(line);
      }
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T result = next;
    next = null;
    return result;
  }

  public final long acceptedLines() {
    return accepted;
  }

  public final long rejectedLines() {
    return rejected;
  }

  private T accept(String line) {
    if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    if (line.isBlank()) {
      pendingBlankLines++;
      return null;
    }
    for (long blank = lineNumber - pendingBlankLines; blank < lineNumber; blank++) {
      reject(blank, "blank line inside the data");
    }
    pendingBlankLines = 0;
    T record;
    try {
      record = parse(line, lineNumber);
    } catch (IllegalArgumentException e) {
      reject(lineNumber, e.getMessage());
      return null;
    }
    Object key = key(record);
    Long first = firstLineOfKey.putIfAbsent(key, lineNumber);
    if (first != null) {
      reject(lineNumber, "duplicate " + keyName() + " " + key + " (first on line " + first + ")");
      return null;
    }
    accepted++;
    accepted(record);
    return record;
  }

  private void reject(long line, String reason) {
    rejected++;
    StringBuilder printable = new StringBuilder(reason.length());
    reason.chars().forEach(c -> printable.append(Character.isISOControl(c) ? '?' : (char) c));
    rejections.accept(new Rejection(file, line, printable.toString()));
  }

  private String readLine() {
    try {
      String line = reader.readLine();
      if (line != null) {
        lineNumber++;
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file + " after line " + lineNumber, e);
    }
  }
}
