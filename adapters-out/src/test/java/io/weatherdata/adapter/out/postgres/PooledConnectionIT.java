package io.weatherdata.adapter.out.postgres;

import io.weatherdata.embedded.EmbeddedPostgresServer;
import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.application.ingestion.port.out.IngestionLockPort;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** In production connections come from a pool: closing a handle does not end the session or its locks. */
class PooledConnectionIT {
  @Test
  void aReleasedLockIsGoneEvenWhenItsConnectionIsPooled() throws Exception {
    String url = TestPostgres.freshDatabase();
    Connection physical = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "");
    Jdbi pooled = Jdbi.create(() -> (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(physical, args)));
    Jdbi observer = TestPostgres.jdbi(url);

    IngestionLockPort.Held held = new PostgresIngestionLock(pooled).acquire();
    assertThat(TestPostgres.advisoryLocks(observer)).as("taken").isEqualTo(1);
    held.close();

    assertThat(TestPostgres.advisoryLocks(observer)).as("released, though the session lives on").isZero();
    assertThat(physical.isClosed()).isFalse();
    physical.close();
  }
}
