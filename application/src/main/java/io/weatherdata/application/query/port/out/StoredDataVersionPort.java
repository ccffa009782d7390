package io.weatherdata.application.query.port.out;

/** Reads the version of the stored data: a token that changes whenever ingestion or analysis writes. */
public interface StoredDataVersionPort {
  String current();
}
