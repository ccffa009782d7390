package io.weatherdata.adapter.out.s3;

import static io.weatherdata.adapter.out.s3.TestS3.put;
import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.adapter.out.postgres.PostgresIngestionLock;
import io.weatherdata.adapter.out.postgres.PostgresIngestionRunLog;
import io.weatherdata.adapter.out.postgres.PostgresObservationStore;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.application.ingestion.port.in.IngestCommand;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.service.IngestObservationsService;
import io.weatherdata.application.ingestion.service.IngestSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ingestion use case reading station files from a real S3-compatible server into a real PostgreSQL. */
class S3IngestionIT {
  private static final String THREE_DAYS = "USC00110072.txt";
  private static final String TWO_DAYS = "USC00110187.txt";
  private static final String ONE_DAY = "USC00111280.txt";

  private final List<IngestionReport> published = new ArrayList<>();
  private String bucket;
  private Jdbi jdbi;
  private IngestObservationsService ingestion;

  @BeforeEach
  void bucketWithThreeStationsAndAnEmptyDatabase() {
    bucket = TestS3.freshBucket();
    put(bucket, "raw/" + THREE_DAYS,
        "19850101\t-22\t-128\t94\n19850102\t-9999\t-217\t-9999\n19850103\t600\t-900\t20000\n");
    put(bucket, "raw/" + TWO_DAYS, "19900701\t  322\t  189\t    0\n19900702\t  300\t  170\t   51\n");
    put(bucket, "raw/" + ONE_DAY, "20000101\t10\t-5\t0\n");
    put(bucket, "raw/README.md", "not a station file");
    put(bucket, "raw/2019/" + THREE_DAYS, "19850101\t1\t1\t1\n");
    jdbi = TestPostgres.freshJdbi();
    ingestion = new IngestObservationsService(
        S3ObservationSource.fromUri(TestS3.client(), "s3://" + bucket + "/raw"),
        new PostgresObservationStore(jdbi),
        new PostgresIngestionLock(jdbi),
        new PostgresIngestionRunLog(jdbi),
        published::add,
        new IngestSettings(100),
        Clock.systemUTC());
  }

  @Test
  void everyStationFileUnderThePrefixIsLoadedExactly() {
    IngestionReport report = ingestion.ingest(IngestCommand.allFiles(IngestionListener.NONE));

    assertThat(report.status()).isEqualTo(IngestionReport.Status.SUCCEEDED);
    assertThat(report.source()).isEqualTo("s3://" + bucket + "/raw");
    assertThat(counts(report)).isEqualTo("files 3 seen 3 loaded 0 skipped, rows 6 inserted 0 updated 0 unchanged");
    assertThat(observationCount()).isEqualTo(6);
    assertThat(days("USC00110072")).containsExactly(
        "1985-01-01 -2.2 -12.8 9.4", "1985-01-02 null -21.7 null", "1985-01-03 60.0 -90.0 2000.0");
    assertThat(days("USC00110187")).containsExactly("1990-07-01 32.2 18.9 0.0", "1990-07-02 30.0 17.0 5.1");
  }

  @Test
  void aSecondRunSkipsEveryUnchangedObject() {
    ingestion.ingest(IngestCommand.allFiles(IngestionListener.NONE));

    IngestionReport again = ingestion.ingest(IngestCommand.allFiles(IngestionListener.NONE));

    assertThat(counts(again)).isEqualTo("files 3 seen 0 loaded 3 skipped, rows 0 inserted 0 updated 0 unchanged");
    assertThat(observationCount()).isEqualTo(6);
  }

  @Test
  void aChangedObjectIsTheOnlyOneLoadedAgainAndItsChangedRowUpdated() {
    ingestion.ingest(IngestCommand.allFiles(IngestionListener.NONE));
    jdbi.useHandle(h -> h.execute("DELETE FROM pending_yearly_stats"));
    put(bucket, "raw/" + TWO_DAYS, "19900701\t  322\t  189\t    0\n19900702\t  301\t  170\t   51\n");

    IngestionReport again = ingestion.ingest(IngestCommand.allFiles(IngestionListener.NONE));

    assertThat(counts(again)).isEqualTo("files 3 seen 1 loaded 2 skipped, rows 0 inserted 1 updated 1 unchanged");
    assertThat(days("USC00110187")).containsExactly("1990-07-01 32.2 18.9 0.0", "1990-07-02 30.1 17.0 5.1");
    assertThat(published).last().isEqualTo(again);
    List<String> pending = jdbi.withHandle(h -> h.createQuery(
        "SELECT station_id || ' ' || year FROM pending_yearly_stats").mapTo(String.class).list());
    assertThat(pending).containsExactly("USC00110187 1990");
  }

  @Test
  void aCommandNamingOneObjectLoadsOnlyThatObject() {
    IngestionReport report = ingestion.ingest(new IngestCommand(Optional.of(Set.of(TWO_DAYS)), IngestionListener.NONE));

    assertThat(counts(report)).isEqualTo("files 1 seen 1 loaded 0 skipped, rows 2 inserted 0 updated 0 unchanged");
    assertThat(days("USC00110187")).hasSize(2);
    assertThat(observationCount()).isEqualTo(2);
  }

  private static String counts(IngestionReport r) {
    return "files %d seen %d loaded %d skipped, rows %d inserted %d updated %d unchanged".formatted(
        r.filesSeen(), r.filesLoaded(), r.filesSkipped(), r.rowsInserted(), r.rowsUpdated(), r.rowsUnchanged());
  }

  private int observationCount() {
    return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM observations").mapTo(Integer.class).one());
  }

  private List<String> days(String station) {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT date || ' ' || coalesce(max_temp_c::text, 'null') || ' ' || coalesce(min_temp_c::text, 'null')
                   || ' ' || coalesce(precipitation_mm::text, 'null')
            FROM observations WHERE station_id = :station ORDER BY date""")
        .bind("station", station).mapTo(String.class).list());
  }
}
