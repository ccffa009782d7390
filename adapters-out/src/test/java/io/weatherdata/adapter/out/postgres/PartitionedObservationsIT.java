package io.weatherdata.adapter.out.postgres;

import static io.weatherdata.adapter.out.postgres.Days.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.domain.observation.SourceFile;
import io.weatherdata.embedded.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The partitioned layout kept ready in {@code db/partitioned-observations.sql}, applied to a database that already
 * holds rows: nothing lost or changed, each row in its decade, the upsert and the index-only scans as before, a
 * dated request reading one partition, and the rollback giving the plain table back. (The whole postgres adapter
 * suite also runs on this layout: the failsafe execution {@code partitioned-observations}.)
 */
class PartitionedObservationsIT {
  private static final String ROWS = "SELECT station_id, date, max_temp_c, min_temp_c, precipitation_mm"
      + " FROM observations ORDER BY station_id, date";

  @Test
  void migratesStoredRowsIntoDecadesAndRollsBack() throws Exception {
    String url = TestPostgres.emptyDatabase();
    TestPostgres.migrate(url, TestPostgres.MIGRATIONS);
    Jdbi jdbi = TestPostgres.jdbi(url);
    PostgresObservationStore store = new PostgresObservationStore(jdbi);
    long run = new PostgresIngestionRunLog(jdbi).start("fixture", Instant.now());
    store.saveFile(run, new SourceFile("USC00000001.txt", "a", 0), List.of(
        day("USC00000001", "1763-01-01", 12, -30, 0), day("USC00000001", "1850-06-01", 250, 120, null),
        day("USC00000001", "1999-12-31", null, -50, 41), day("USC00000001", "2045-07-04", 301, 190, 7)).iterator());
    store.saveFile(run, new SourceFile("USC00000002.txt", "b", 0), List.of(
        day("USC00000002", "2000-01-01", 15, -15, 3), day("USC00000002", "2010-03-01", 80, 10, null)).iterator());
    List<Map<String, Object>> before = rows(jdbi);

    TestPostgres.migrate(url, TestPostgres.PARTITIONED);

    assertThat(text(jdbi, "SELECT relkind::text FROM pg_class WHERE relname = 'observations'")).isEqualTo("p");
    assertThat(text(jdbi, "SELECT count(*)::text FROM pg_inherits WHERE inhparent = 'observations'::regclass"))
        .isEqualTo("29");
    assertThat(rows(jdbi)).isEqualTo(before);
    assertThat(text(jdbi, "SELECT string_agg(date::text || ' ' || tableoid::regclass::text, ', ' ORDER BY station_id, "
        + "date) FROM observations").split(", ")).containsExactly(
            "1763-01-01 observations_1760s", "1850-06-01 observations_1850s", "1999-12-31 observations_1990s",
            "2045-07-04 observations_other", "2000-01-01 observations_2000s", "2010-03-01 observations_2010s");

    store.saveFile(run, new SourceFile("USC00000002.txt", "c", 0), List.of(
        day("USC00000002", "2000-01-01", 16, -15, 3), day("USC00000002", "2010-03-01", 80, 10, null)).iterator());
    assertThat(text(jdbi, "SELECT max_temp_c::text FROM observations WHERE station_id = 'USC00000002' AND date = "
        + "'2000-01-01'")).isEqualTo("1.6");
    assertThat(text(jdbi, "SELECT count(*)::text FROM observations")).isEqualTo("6");

    String counted = explain(jdbi, "SET enable_seqscan = off; SET enable_bitmapscan = off",
        "SELECT count(*) FROM observations WHERE station_id = 'USC00000001'");
    assertThat(counted).contains("Index Only Scan");
    assertThat(text(jdbi, "SELECT count(*)::text FROM pg_stat_user_tables WHERE relname LIKE 'observations_%' AND "
        + "last_vacuum IS NOT NULL")).isEqualTo("29");   // the visibility map the index-only scans need
    String dated = explain(jdbi, "SET plan_cache_mode = force_generic_plan; PREPARE page(text[], date, date) AS "
        + "SELECT * FROM observations WHERE station_id = ANY($1) AND date >= $2 AND date <= $3 "
        + "ORDER BY station_id, date LIMIT 101", "EXECUTE page('{USC00000001}', '1999-12-01', '1999-12-31')");
    assertThat(dated).contains("Subplans Removed: 28").contains("observations_1990s")
        .doesNotContain("observations_2000s");

    List<Map<String, Object>> updated = rows(jdbi);
    try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "")) {
      new Liquibase(TestPostgres.PARTITIONED, new ClassLoaderResourceAccessor(),
          DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c))).rollback(2, "");
    }
    assertThat(text(jdbi, "SELECT relkind::text FROM pg_class WHERE relname = 'observations'")).isEqualTo("r");
    assertThat(rows(jdbi)).isEqualTo(updated);
  }

  private static String text(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.select(sql).mapTo(String.class).one());
  }

  private static List<Map<String, Object>> rows(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery(ROWS).mapToMap().list());
  }

  private static String explain(Jdbi jdbi, String setup, String sql) {
    return jdbi.withHandle(h -> {
      h.createScript(setup).execute();
      return String.join("\n", h.select("EXPLAIN (ANALYZE, COSTS OFF) " + sql).mapTo(String.class).list());
    });
  }
}
