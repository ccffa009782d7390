package io.weatherdata.application.query.model;

/** The store cannot be reached right now (down, restarting, no free connection): worth retrying later. */
public final class DataUnavailableException extends RuntimeException {
  public DataUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
