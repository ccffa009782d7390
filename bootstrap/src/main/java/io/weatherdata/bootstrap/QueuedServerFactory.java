package io.weatherdata.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.core.server.DefaultServerFactory;
import jakarta.validation.constraints.Min;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * Dropwizard's default server plus Jetty's {@code reservedThreads}, which Dropwizard does not expose (-1, Jetty's
 * heuristic, when absent). With a reserved thread idle, the thread that reads the connections runs the request it
 * has just read itself and hands the reading to the reserved thread (Jetty's "execute-produce-consume"), so that
 * request starts before the requests already waiting in the pool's queue. With {@code reservedThreads: 0} every
 * request waits its turn in that one queue: under load on two cores the p99 of distinct pages was lower in 13 of 15
 * alternated rounds (the median by 1.4 ms) and the p50 in all 15 (BENCHMARKS.md). {@code server.type: queued} in
 * config.yml.
 */
@JsonTypeName("queued")
public class QueuedServerFactory extends DefaultServerFactory {
  @Min(-1)
  private int reservedThreads = -1;

  @JsonProperty
  public int getReservedThreads() {
    return reservedThreads;
  }

  @JsonProperty
  public void setReservedThreads(int reservedThreads) {
    this.reservedThreads = reservedThreads;
  }

  @Override
  protected ThreadPool createThreadPool(MetricRegistry metricRegistry) {
    ThreadPool pool = super.createThreadPool(metricRegistry);
    ((QueuedThreadPool) pool).setReservedThreads(reservedThreads);
    return pool;
  }
}
