package io.weatherdata.bootstrap.lambda;

import io.weatherdata.adapter.in.lambda.S3ObjectIngestHandler;

/** Lambda entry point: {@code io.weatherdata.bootstrap.lambda.S3ObjectIngestFunction::handleRequest}. */
public final class S3ObjectIngestFunction extends S3ObjectIngestHandler {
  public S3ObjectIngestFunction() {
    this(LambdaWiring.instance());
  }

  S3ObjectIngestFunction(LambdaWiring wiring) {
    super(wiring.ingestion(), wiring.output(), wiring.settings().rawBucket(), wiring.settings().rawPrefix());
  }
}
