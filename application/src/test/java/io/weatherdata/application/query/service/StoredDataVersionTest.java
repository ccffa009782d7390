package io.weatherdata.application.query.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.weatherdata.application.query.port.out.StoredDataVersionPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoredDataVersionTest {
  private final StoredDataVersionPort version = mock(StoredDataVersionPort.class);

  private final Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now[0]; }
  };

  @Test
  void theVersionIsReReadOnceHalfTheTtlHasPassed() {
    StoredDataVersion cached = new StoredDataVersion(version, clock, Duration.ofSeconds(1));
    when(version.current()).thenReturn("v1", "v2", "v3");

    assertThat(cached.current()).isEqualTo("v1");
    now[0] = now[0].plusMillis(499);
    assertThat(cached.current()).isEqualTo("v1");
    now[0] = now[0].plusMillis(1);
    assertThat(cached.current()).isEqualTo("v2");
    now[0] = now[0].plusSeconds(5);
    assertThat(cached.current()).isEqualTo("v3");
    verify(version, times(3)).current();
  }

  @Test
  void whileOneCallerReReadsAnAgeingVersionTheOthersGoOnWithoutWaiting() throws Exception {
    StoredDataVersion cached = new StoredDataVersion(version, clock, Duration.ofSeconds(1));
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    when(version.current()).thenReturn("v1").thenAnswer(call -> {
      reading.countDown();
      release.await();
      return "v2";
    });
    assertThat(cached.current()).isEqualTo("v1");
    now[0] = now[0].plusMillis(600);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try {
      Future<String> reread = callers.submit(cached::current);
      assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(callers.submit(cached::current).get(5, TimeUnit.SECONDS)).isEqualTo("v1");   // times out if it waits
      release.countDown();
      assertThat(reread.get(10, TimeUnit.SECONDS)).isEqualTo("v2");
      assertThat(cached.current()).isEqualTo("v2");
    } finally {
      callers.shutdownNow();
    }
    verify(version, times(2)).current();
  }

  @Test
  void concurrentCallersFindingTheVersionStaleShareOneRead() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    when(version.current()).thenAnswer(call -> {
      reading.countDown();
      release.await();
      return "v1";
    });
    StoredDataVersion cached = new StoredDataVersion(version, Clock.systemUTC(), Duration.ofMinutes(1));
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(callers.submit(cached::current));
      }
      assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(100);   // the other seven have found it stale by now, and wait
      release.countDown();
      for (Future<String> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("v1");
      }
    } finally {
      callers.shutdownNow();
    }
    verify(version, times(1)).current();
  }

  @Test
  void totalsAreCountedOncePerFilterAndVersion() {
    StoredDataVersion cached = new StoredDataVersion(version, Clock.systemUTC(), Duration.ZERO);
    when(version.current()).thenReturn("v1", "v1", "v1", "v2");
    long[] counts = {0};

    assertThat(cached.total("filter a", () -> ++counts[0])).isEqualTo(1);
    assertThat(cached.total("filter a", () -> ++counts[0])).isEqualTo(1);
    assertThat(cached.total("filter b", () -> ++counts[0])).isEqualTo(2);
    assertThat(cached.total("filter a", () -> ++counts[0])).isEqualTo(3);
  }
}
