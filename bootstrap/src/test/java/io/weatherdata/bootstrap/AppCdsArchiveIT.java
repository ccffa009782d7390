package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AppCDS archive the build records beside the jar is one the JVM accepts for that jar: an {@code ingest}
 * started with it maps its classes from the archive instead of loading them from the jar (the configuration's,
 * Dropwizard's, JDBI's, the driver's, and those only a load reaches: JDBI's SQL parser, COPY, the month sums), and
 * runs to its end.
 */
class AppCdsArchiveIT {
  @Test
  void anIngestStartedWithTheBuildsArchiveMapsItsStartUpClassesFromIt() throws Exception {
    assertThat(ServiceJar.ARCHIVE).exists();
    assertThat(Files.getLastModifiedTime(ServiceJar.ARCHIVE)).isGreaterThan(Files.getLastModifiedTime(ServiceJar.JAR));
    Path samples = Path.of("../sample-data/stations");

    ServiceJar.Run run = ServiceJar.start(List.of("-XX:SharedArchiveFile=" + ServiceJar.ARCHIVE,
        "-Xlog:class+load=info"), ServiceJar.database(TestPostgres.freshDatabase()), "ingest",
        ServiceJar.CONFIG.toString(), samples.toString()).await();

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("ingestion finished").contains("status=SUCCEEDED");
    List<String> fromArchive = run.output().lines().filter(l -> l.contains("source: shared objects file (top)"))
        .toList();
    assertThat(fromArchive).as("classes mapped from the application's archive")
        .anyMatch(l -> l.contains(" io.weatherdata.bootstrap.WeatherConfiguration "))
        .anyMatch(l -> l.contains(" org.jdbi.v3.core.Jdbi "))
        .anyMatch(l -> l.contains(" org.postgresql.Driver "))
        .anyMatch(l -> l.contains(" org.jdbi.v3.core.statement.ColonPrefixSqlParser "))
        .anyMatch(l -> l.contains(" org.postgresql.copy.CopyManager "))
        .anyMatch(l -> l.contains(" io.weatherdata.adapter.out.postgres.ObservationMonths$Tally "))
        .hasSizeGreaterThan(3000);
  }
}
