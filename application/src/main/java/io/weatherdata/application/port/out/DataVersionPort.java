package io.weatherdata.application.port.out;

/** Reads a token that changes when ingestion or analysis writes (e.g. their latest completion times). */
public interface DataVersionPort {
  String current();
}
