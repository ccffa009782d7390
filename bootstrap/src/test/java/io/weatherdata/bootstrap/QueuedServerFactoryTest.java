package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

class QueuedServerFactoryTest {
  @Test
  void jettysHeuristicReservesThreadsUnlessTheSettingSaysNone() throws Exception {
    QueuedServerFactory factory = new QueuedServerFactory();
    assertThat(startedPoolReserves(factory)).isPositive();

    factory.setReservedThreads(0);
    assertThat(startedPoolReserves(factory)).isZero();

    factory.setReservedThreads(2);
    assertThat(startedPoolReserves(factory)).isEqualTo(2);
  }

  private static int startedPoolReserves(QueuedServerFactory factory) throws Exception {
    QueuedThreadPool pool = (QueuedThreadPool) factory.createThreadPool(new MetricRegistry());
    pool.start();
    try {
      return pool.getMaxReservedThreads();
    } finally {
      pool.stop();
    }
  }
}
