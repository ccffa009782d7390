package io.weatherdata.application.ingestion.service;

import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.domain.observation.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps the first few rejections of a file (one garbage file must not flood the log or the run record). */
final class RejectionSample implements Consumer<Rejection> {
  private final int limit;
  private final IngestionListener listener;
  private final List<Rejection> kept = new ArrayList<>();

  RejectionSample(int limit, IngestionListener listener) {
    this.limit = limit;
    this.listener = listener;
  }

  @Override
  public void accept(Rejection rejection) {
    if (kept.size() < limit) {
      kept.add(rejection);
      listener.lineRejected(rejection);
    }
  }

  List<Rejection> kept() {
    return kept;
  }
}
