package io.weatherdata.application.port.in;

/** A token that changes whenever stored data may have changed (an ingestion or analysis ran). */
public interface GetDataVersionUseCase {
  String current();
}
