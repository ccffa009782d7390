package io.weatherdata.adapter.in.cli;

import io.weatherdata.application.analysis.port.in.ComputeStatisticsUseCase;
import io.weatherdata.application.ingestion.port.in.IngestObservationsUseCase;
import io.weatherdata.application.ingestion.port.in.IngestReferenceFileUseCase;

/** What the batch commands need, built from the configuration by bootstrap. */
@FunctionalInterface
public interface CliWiring<C> {
  Session open(C configuration);

  /** Use cases over one set of connections; closing it releases them (and an embedded database started for it). */
  interface Session extends AutoCloseable {
    /** Ingestion from a folder path (or another location the wiring understands). */
    IngestObservationsUseCase ingestFrom(String location);

    /** Reference-file ingestion from a folder path or {@code s3://bucket/prefix} holding the file. */
    IngestReferenceFileUseCase referenceFrom(String location);

    ComputeStatisticsUseCase analysis();

    @Override
    void close();
  }
}
