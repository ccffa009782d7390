package io.weatherdata.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.application.ingestion.port.out.IngestionLockPort;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresIngestionLockIT {
  private Jdbi jdbi;

  @BeforeEach
  void freshDatabase() {
    jdbi = TestPostgres.freshJdbi();
  }

  @Test
  void aSecondHolderWaitsUntilTheFirstReleases() throws Exception {
    IngestionLockPort.Held first = new PostgresIngestionLock(jdbi).acquire();
    PostgresIngestionLock otherProcess = new PostgresIngestionLock(jdbi);

    CompletableFuture<IngestionLockPort.Held> second = CompletableFuture.supplyAsync(otherProcess::acquire);
    TestPostgres.awaitSessionsWaitingOnAdvisoryLock(jdbi, 1);
    assertThat(second).as("blocked in pg_advisory_lock while the first holds it").isNotDone();
 first.close();
    second.get(10, TimeUnit.SECONDS).close();
    assertThat(TestPostgres.advisoryLocks(jdbi)).isZero();
  }

  @Test
  void analysisWaitsForARunningIngestion() throws Exception {
    IngestionLockPort.Held ingestion = new PostgresIngestionLock(jdbi).acquire();

    CompletableFuture<Integer> analysis = CompletableFuture.supplyAsync(new PostgresStatisticsStore(
        jdbi)::recomputeAll);
    TestPostgres.awaitSessionsWaitingOnAdvisoryLock(jdbi, 1);
    assertThat(analysis).isNotDone();

    ingestion.close();
    assertThat(analysis.get(10, TimeUnit.SECONDS)).isZero();
  }
}
