package io.weatherdata.bootstrap.lambda;

import io.weatherdata.adapter.in.lambda.ScheduledIngestHandler;

/** Lambda entry point: {@code io.weatherdata.bootstrap.lambda.ScheduledIngestFunction::handleRequest}. */
public final class ScheduledIngestFunction extends ScheduledIngestHandler {
  public ScheduledIngestFunction() {
    this(LambdaWiring.instance());
  }

  ScheduledIngestFunction(LambdaWiring wiring) {
    super(wiring.ingestion(), wiring.output());
  }
}
