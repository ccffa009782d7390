package io.weatherdata.adapter.in.rest;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * At most {@code maxRunning} whole-listing downloads ({@code …/export}) at once. An export holds a pooled database
 * connection and a request thread for as long as it streams (the whole dataset: ~11 s), so without a limit a few of
 * them would take every connection and the pages would wait and fail; one over the limit is a 503 problem with
 * Retry-After before anything runs. The slot is held from the request's start to its last byte, whatever happens.
 */
public final class ExportLimit implements Filter {
  public static final String RETRY_AFTER_SECONDS = "10";

  private final int maxRunning;
  private final Semaphore slots;
  private final Meter refused = new Meter();

  public ExportLimit(int maxRunning) {
    if (maxRunning < 1) {
      throw new IllegalArgumentException("maxRunning must be >= 1, got " + maxRunning);
    }
    this.maxRunning = maxRunning;
    this.slots = new Semaphore(maxRunning);
  }

  /** {@code exports.running} (a gauge) and {@code exports.refused} (a meter) on the admin port. */
  public void reportTo(MetricRegistry metrics) {
    metrics.register("exports.running", (Gauge<Integer>) () -> maxRunning - slots.availablePermits());
    metrics.register("exports.refused", refused);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (!http.getRequestURI().endsWith("/export")) {
      chain.doFilter(request, response);
      return;
    }
    if (!slots.tryAcquire()) {
      refused.mark();
      HttpServletResponse busy = (HttpServletResponse) response;
      busy.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      new Problem("about:blank", "Service Unavailable", 503, maxRunning + " exports are running, the most this "
          + "instance serves at once; retry in " + RETRY_AFTER_SECONDS + " s", http.getRequestURI(), null).send(busy);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      slots.release();
    }
  }
}
