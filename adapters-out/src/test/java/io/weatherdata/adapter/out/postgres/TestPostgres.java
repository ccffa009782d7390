package io.weatherdata.adapter.out.postgres;

import io.weatherdata.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * One real PostgreSQL server per test JVM (the same embedded server the service uses), with the real
 * Liquibase migrations applied once to a template; every test gets a fresh database cloned from it.
 */
public final class TestPostgres {
  public static final String MIGRATIONS = "db/migrations.sql";
  /** The layout kept ready for a larger dataset (docs/scaling.md); a second failsafe run uses it everywhere. */
  public static final String PARTITIONED = "db/partitioned-observations.sql";
  /** {@code -Dobservations.layout=partitioned}: every test database gets {@link #PARTITIONED} on top. */
  public static final boolean PARTITIONED_LAYOUT = "partitioned".equals(System.getProperty("observations.layout"));
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgresServer server;

  private TestPostgres() {}

  /** A new, migrated, empty database; returns its JDBC URL (user {@link EmbeddedPostgresServer#SUPERUSER}). */
  public static synchronized String freshDatabase() {
    EmbeddedPostgresServer pg = server();
    String name = "test_" + DATABASES.incrementAndGet();
    execute(pg.jdbcUrl("postgres"), "CREATE DATABASE " + name + " TEMPLATE weather_template");
    return pg.jdbcUrl(name);
  }

  /** Advisory locks held in this database (the ingestion lock is one). */
  public static long advisoryLocks(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())").mapTo(Long.class).one());
  }

  /**
   * Waits (10 s at most) until {@code sessions} sessions of this database are blocked on an advisory lock: the
   * proof that a caller is inside {@code pg_advisory_lock}, not merely slow to get there.
   */
  public static void awaitSessionsWaitingOnAdvisoryLock(Jdbi jdbi, int sessions) throws InterruptedException {
    awaitSessionsWaitingOnAdvisoryLock(jdbi, sessions, java.time.Duration.ofSeconds(10));
  }

  /** The same, waiting {@code within} at most (processes that start a JVM first need longer on a loaded machine). */
  public static void awaitSessionsWaitingOnAdvisoryLock(Jdbi jdbi, int sessions, java.time.Duration within)
      throws InterruptedException {
    String waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        + " AND wait_event_type = 'Lock' AND wait_event = 'advisory'";
    long deadline = System.nanoTime() + within.toNanos();
    while (jdbi.withHandle(h -> h.createQuery(waiting).mapTo(Long.class).one()) < sessions) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(sessions + " sessions not waiting on an advisory lock after " + within);
      }
      Thread.sleep(20);
    }
  }

  /**
   * A login role of the shared test server that must authenticate with its password (SCRAM over TCP from
   * 127.0.0.1, where every other role is trusted); a superuser when {@code superuser}.
   */
  public static synchronized void passwordRole(String role, String password, boolean superuser) throws IOException {
    EmbeddedPostgresServer pg = server();
    Path hba = pg.dataDirectory().resolve("pg_hba.conf");
    List<String> rules = new ArrayList<>(Files.readAllLines(hba));
    rules.add(0, "host all " + role + " 127.0.0.1/32 scram-sha-256");
    Files.write(hba, rules);
    jdbi(pg.jdbcUrl("postgres")).useHandle(h -> {
      h.execute("CREATE ROLE " + role + " LOGIN " + (superuser ? "SUPERUSER " : "") + "PASSWORD '" + password + "'");
      h.execute("SELECT pg_reload_conf()");
    });
  }

  /** A new database without any schema (for tests of the migration command itself). */
  public static synchronized String emptyDatabase() {
    EmbeddedPostgresServer pg = server();
    String name = "empty_" + DATABASES.incrementAndGet();
    execute(pg.jdbcUrl("postgres"), "CREATE DATABASE " + name);
    return pg.jdbcUrl(name);
  }

  public static Jdbi jdbi(String url) {
    return Jdbi.create(url, EmbeddedPostgresServer.SUPERUSER, "")
        .installPlugin(new PostgresPlugin());
  }

  public static Jdbi freshJdbi() {
    return jdbi(freshDatabase());
  }

  public static EmbeddedPostgresServer server() {
    if (server == null) {
      Path data = Path.of(System.getProperty("java.io.tmpdir"), "weather-test-pg-" + ProcessHandle.current().pid());
      server = EmbeddedPostgresServer.start(data, freePort(),
          Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off", "lock_timeout", "30s"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        deleteRecursively(data);
      }));
      execute(server.jdbcUrl("postgres"), "CREATE DATABASE weather_template");
      migrate(server.jdbcUrl("weather_template"));
      String kind = jdbi(server.jdbcUrl("weather_template")).withHandle(h -> h.select(
          "SELECT relkind::text FROM pg_class WHERE relname = 'observations'").mapTo(String.class).one());
      if (!kind.equals(PARTITIONED_LAYOUT ? "p" : "r")) {
        throw new IllegalStateException("observations has relkind " + kind + ", layout " + PARTITIONED_LAYOUT);
      }
    }
    return server;
  }

  /** Applies the real Liquibase changelog to a database (and the partitioned layout when the run asks for it). */
  public static void migrate(String url) {
    migrate(url, MIGRATIONS);
    if (PARTITIONED_LAYOUT) {
      migrate(url, PARTITIONED);
    }
  }

  /** Applies one Liquibase changelog from the classpath. */
  public static void migrate(String url, String changelog) {
    try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "")) {
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
      new Liquibase(changelog, new ClassLoaderResourceAccessor(), database).update("");
    } catch (Exception e) {
      throw new IllegalStateException("applying " + changelog + " to " + url, e);
    }
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "")) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort at JVM exit
    }
  }
}
