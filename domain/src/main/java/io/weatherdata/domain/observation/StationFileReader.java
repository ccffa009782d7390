package io.weatherdata.domain.observation;

import io.weatherdata.domain.station.StationId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Streams the observations of one station file, line by line, handing every bad line to a rejection
 * consumer instead. Rules beyond a single line: a UTF-8 byte order mark is ignored; blank lines at the end
 * of the file are ignored, blank lines followed by data are rejected; a date seen twice keeps its first line
 * and rejects the later one. Read errors surface as {@link UncheckedIOException}.
 */
public final class StationFileReader implements Iterator<Observation> {
  private final StationId station;
  private final String file;
  private final BufferedReader reader;
  private final Consumer<Rejection> rejections;
  private final Map<LocalDate, Long> firstLineOfDate = new HashMap<>();
  private long lineNumber;
  private long pendingBlankLines;
  private long accepted;
  private long rejected;
  private long maxBelowMin;
  private Observation next;
  private boolean finished;

  public StationFileReader(StationId station, String file, BufferedReader reader, Consumer<Rejection> rejections) {
    this.station = station;
    this.file = file;
    this.reader = reader;
    this.rejections = rejections;
  }

  @Override
  public boolean hasNext() {
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
  public Observation next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Observation result = next;
    next = null;
    return result;
  }

  private Observation accept(String line) {
    if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    ParsedLine parsed = RawLineParser.parse(station, file, lineNumber, line);
    if (parsed instanceof ParsedLine.Blank) {
      pendingBlankLines++;
      return null;
    }
    rejectPendingBlankLines();
    if (parsed instanceof ParsedLine.Rejected r) {
      reject(r.rejection());
      return null;
    }
    Observation observation = ((ParsedLine.Accepted) parsed).observation();
    Long first = firstLineOfDate.putIfAbsent(observation.date(), lineNumber);
    if (first != null) {
      reject(new Rejection(file, lineNumber, "duplicate date " + observation.date() + " (first on line " + first
          + ")"));
      return null;
    }
    accepted++;
    if (observation.maxBelowMin()) {
      maxBelowMin++;
    }
    return observation;
  }

  private void rejectPendingBlankLines() {
    for (long blank = lineNumber - pendingBlankLines; blank < lineNumber; blank++) {
      reject(new Rejection(file, blank, "blank line inside the data"));
    }
    pendingBlankLines = 0;
  }

  private void reject(Rejection rejection) {
    rejected++;
    rejections.accept(rejection);
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

  public long acceptedLines() {
    return accepted;
  }

  public long rejectedLines() {
    return rejected;
  }

  /** Accepted days whose max temperature is below their min temperature: kept, counted as a quality warning. */
  public long maxBelowMinWarnings() {
    return maxBelowMin;
  }
}
