package io.weatherdata.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.application.port.in.IngestionReport;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** In production connections come from a pool: closing a handle does not end the session or its locks. */
class PooledConnectionIT {
  @Test
  void aFinishedRunReleasesTheIngestionLockEvenWhenItsConnectionIsPooled() throws Exception {
    String url = TestPostgres.freshDatabase();
    Connection physical = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "");
    Jdbi pooled = Jdbi.create(() -> (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(physical, args)));
    PostgresIngestionRunLog runs = new PostgresIngestionRunLog(pooled);

    long id = runs.start("first", Instant.now());
    runs.finish(new IngestionReport(id, "first", Instant.now(), Optional.of(Instant.now()),
        IngestionReport.Status.SUCCEEDED, 0, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty()));

    long advisoryLocks = TestPostgres.jdbi(url).withHandle(h -> h.createQuery(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())").mapTo(Long.class).one());
    assertThat(advisoryLocks).isZero();
    physical.close();
  }
}
