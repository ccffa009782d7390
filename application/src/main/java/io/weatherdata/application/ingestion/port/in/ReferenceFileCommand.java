package io.weatherdata.application.ingestion.port.in;

import java.util.Objects;

/** Which reference file to load: its kind, and its name in the configured source. */
public record ReferenceFileCommand(Kind kind, String fileName, IngestionListener listener) {
  public enum Kind {
    /** NOAA's GHCN-Daily station list ({@code ghcnd-stations.txt}, fixed-width). */
    STATION_LIST,
    /** US corn grain production per year ({@code year<TAB>thousand metric tons}). */
    CORN_PRODUCTION
  }

  public ReferenceFileCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(listener, "listener");
  }
}
