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
import org.junit.jupiter.api.Test;

class StoredDataVersionTest {
  private final StoredDataVersionPort version = mock(StoredDataVersionPort.class);

  @Test
  void theVersionIsReadOncePerTtl() {
    Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0]; }
    };
    StoredDataVersion cached = new StoredDataVersion(version, clock, Duration.ofSeconds(1));
    when(version.current()).thenReturn("v1", "v2");

    assertThat(cached.current()).isEqualTo("v1");
    now[0] = now[0].plusMillis(999);
    assertThat(cached.current()).isEqualTo("v1");
    now[0] = now[0].plusMillis(1);
    assertThat(cached.current()).isEqualTo("v2");
    verify(version, times(2)).current();
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
