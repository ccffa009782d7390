package io.weatherdata.domain.observation;

import io.weatherdata.domain.station.StationId;
import java.io.BufferedReader;
import java.util.function.Consumer;

/**
 * Streams the observations of one station file, line by line ({@link RawLineParser}), with the rules every input
 * file shares ({@link LineFileReader}): a date seen twice keeps its first line and rejects the later one.
 */
public final class StationFileReader extends LineFileReader<Observation> {
  private final StationId station;
  private long maxBelowMin;

  public StationFileReader(StationId station, String file, BufferedReader reader, Consumer<Rejection> rejections) {
    super(file, reader, rejections);
    this.station = station;
  }

  @Override
  protected Observation parse(String line, long lineNumber) {
    ParsedLine parsed = RawLineParser.parse(station, file(), lineNumber, line);
    if (parsed instanceof ParsedLine.Rejected r) {
      throw new IllegalArgumentException(r.rejection().reason());
    }
    return ((ParsedLine.Accepted) parsed).observation();
  }

  @Override
  protected Object key(Observation observation) {
    return observation.date();
  }

  @Override
  protected String keyName() {
    return "date";
  }

  @Override
  protected void accepted(Observation observation) {
    if (observation.maxBelowMin()) {
      maxBelowMin++;
    }
  }

  /** Accepted days whose max temperature is below their min temperature: kept, counted as a quality warning. */
  public long maxBelowMinWarnings() {
    return maxBelowMin;
  }
}
