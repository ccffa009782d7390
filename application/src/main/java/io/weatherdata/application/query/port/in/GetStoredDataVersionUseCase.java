package io.weatherdata.application.query.port.in;

/**
 * The version of the stored data: a token that changes whenever ingestion or analysis may have changed it.
 * Whatever is derived from the stored data (an HTTP validator, a cached response) is valid while it holds.
 */
public interface GetStoredDataVersionUseCase {
  String current();
}
