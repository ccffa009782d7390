package io.weatherdata.bootstrap.lambda;

import io.weatherdata.adapter.in.lambda.IngestionCompletedAnalysisHandler;

/** Lambda entry point: {@code io.weatherdata.bootstrap.lambda.IngestionCompletedAnalysisFunction::handleRequest}. */
public final class IngestionCompletedAnalysisFunction extends IngestionCompletedAnalysisHandler {
  public IngestionCompletedAnalysisFunction() {
    this(LambdaWiring.instance());
  }

  IngestionCompletedAnalysisFunction(LambdaWiring wiring) {
    super(wiring.analysis(), wiring.output());
  }
}
