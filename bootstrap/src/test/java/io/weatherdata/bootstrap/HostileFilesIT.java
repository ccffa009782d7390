package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.weatherdata.adapter.in.cli.CliWiring;
import io.weatherdata.adapter.in.cli.LoggingIngestionListener;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.application.ingestion.port.in.IngestCommand;
import io.weatherdata.application.ingestion.model.IngestionReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A corpus of hostile station files through the real ingestion wiring into PostgreSQL: every bad line is
 * rejected with its file, line number and reason, every good line of the same file is stored, nothing crashes.
 */
class HostileFilesIT {
  private static final String GOOD_1 = "19850101\t  -22\t -128\t   94";
  private static final String GOOD_2 = "19850102\t -122\t -217\t    0";
  private static final String GOOD_3 = "19850103\t -106\t -244\t-9999";
  @TempDir static Path folder;
  private static Jdbi jdbi;
  private static IngestionReport report;
  private static final int MANY_BAD_LINES = 250;
  private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

  @BeforeAll
  static void ingestTheCorpus() throws Exception {
    write("USC00000001.txt", "");
    write("USC00000002.txt", "DATE\tTMAX\tTMIN\tPRCP\n" + lines(GOOD_1, GOOD_2));
    write("USC00000003.txt", String.join("\r\n", GOOD_1, GOOD_2, GOOD_3) + "\r\n");
    write("USC00000004.txt", "\uFEFF" + lines(GOOD_1, GOOD_2));
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.writeBytes(lines(GOOD_1).getBytes(StandardCharsets.UTF_8));
    latin1.writeBytes("19850102\t 12\u00ff\t 3\t 0\n".getBytes(StandardCharsets.ISO_8859_1));
    latin1.writeBytes(lines(GOOD_3).getBytes(StandardCharsets.UTF_8));
    Files.write(folder.resolve("USC00000005.txt"), latin1.toByteArray());
    byte[] garbage = new byte[1 << 20];
    new Random(5).nextBytes(garbage);
    Files.write(folder.resolve("USC00000006.txt"), garbage);
    write("USC00000007.txt", lines(GOOD_1, GOOD_2) + "1985010");
    write("USC00000008.txt", lines(GOOD_1) + "1".repeat(1 << 20) + "\n" + lines(GOOD_2));
    write("USC00000009.txt", lines(GOOD_1,
        "19850102\t1\t2\t3\t4",          // extra column
        "19850103\t1\t2",                // missing column
        "19850104\tabc\t2\t3",           // not a number
        "19850230\t1\t2\t3",             // impossible date
        "19850101\t5\t5\t5",             // duplicate date
        "19850105\t999\t2\t3",           // 99.9 °C
        "19850106\t10\t2\t-5",           // negative precipitation
        GOOD_2.replace("19850102", "19850107")));
    StringBuilder many = new StringBuilder(lines(GOOD_1, GOOD_2));
    for (int i = 1; i <= MANY_BAD_LINES; i++) {
      many.append("bad-line-").append(i).append("\t1\t2\t3\n");
    }
    write("USC00000010.txt", many.toString());
    write("notes.txt", GOOD_1 + "\n");
    LOG.start();
    ((Logger) LoggerFactory.getLogger("io.weatherdata.ingestion")).addAppender(LOG);
    String url = TestPostgres.freshDatabase();
    jdbi = TestPostgres.jdbi(url);
    try (CliWiring.Session session = TestWiring.commands(url)) {
      report = session.ingestFrom(folder.toString()).ingest(IngestCommand.allFiles(new LoggingIngestionListener()));
    }
  }

  @Test
  void theRunSucceedsLoadingEveryGoodLineAndOnlyThose() {
    assertThat(report.status()).isEqualTo(IngestionReport.Status.SUCCEEDED);
    assertThat(report.filesRejected()).isEqualTo(1);
    assertThat(stored()).containsExactly(
        "USC00000002 1985-01-01", "USC00000002 1985-01-02",
        "USC00000003 1985-01-01", "USC00000003 1985-01-02", "USC00000003 1985-01-03",
        "USC00000004 1985-01-01", "USC00000004 1985-01-02",
        "USC00000005 1985-01-01", "USC00000005 1985-01-03",
        "USC00000007 1985-01-01", "USC00000007 1985-01-02",
        "USC00000008 1985-01-01", "USC00000008 1985-01-02",
        "USC00000009 1985-01-01", "USC00000009 1985-01-07",
        "USC00000010 1985-01-01", "USC00000010 1985-01-02");
    assertThat(text("SELECT max_temp_c || '/' || min_temp_c || '/' || precipitation_mm FROM observations"
        + " WHERE station_id = 'USC00000009' AND date = '1985-01-01'")).isEqualTo("-2.2/-12.8/9.4");
  }

  @Test
  void eachBadLineIsRecordedWithFileLineAndReason() {
    assertThat(rejection("USC00000002.txt", 1)).contains("date must be YYYYMMDD");
    assertThat(rejection("USC00000005.txt", 2)).contains("not an integer");
    assertThat(rejection("USC00000007.txt", 3)).contains("found 1 in '1985010'");
    assertThat(rejection("USC00000008.txt", 2)).contains("4 tab-separated columns").hasSizeLessThan(200);
    assertThat(rejection("USC00000009.txt", 2)).contains("found 5");
    assertThat(rejection("USC00000009.txt", 3)).contains("found 3");
    assertThat(rejection("USC00000009.txt", 4)).contains("max temperature is not an integer");
    assertThat(rejection("USC00000009.txt", 5)).contains("impossible date 19850230");
    assertThat(rejection("USC00000009.txt", 6)).contains("duplicate date 1985-01-01 (first on line 1)");
    assertThat(rejection("USC00000009.txt", 7)).contains("99.9");
    assertThat(rejection("USC00000009.txt", 8)).contains("precipitation");
  }

  /** 250 bad lines written here: all 250 counted, 100 kept in the record and 100 logged, no more. */
  @Test
  void everyRejectedLineIsCountedBeyondTheSampleWhichIsCappedInTheRecordAndTheLog() {
    assertThat(logged("file=USC00000010.txt outcome=LOADED")).singleElement().satisfies(line ->
        assertThat(line).contains("inserted=2 ", "rejected=" + MANY_BAD_LINES + " "));
    assertThat(count("SELECT count(*) FROM ingestion_rejections WHERE file_name = 'USC00000010.txt'"))
        .isEqualTo(100);
    assertThat(logged("line rejected file=USC00000010.txt")).hasSize(100)
        .allMatch(line -> line.contains("reason=\"")).anyMatch(line -> line.contains("line=3 "))
        .noneMatch(line -> line.contains("line=103 "));
  }

  @Test
  void aGarbageFileIsCountedInFullButSampledInTheRecord() {
    long sampled = count("SELECT count(*) FROM ingestion_rejections WHERE file_name = 'USC00000006.txt'");
    assertThat(sampled).isEqualTo(100);
    assertThat(report.rowsRejected()).isGreaterThan(sampled + 10);
    assertThat(count("SELECT count(*) FROM observations WHERE station_id = 'USC00000006'")).isZero();
  }

  private static List<String> logged(String containing) {
    return LOG.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(containing)).toList();
  }

  private static void write(String name, String content) throws Exception {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static List<String> stored() {
    return jdbi.withHandle(h -> h.createQuery("SELECT station_id || ' ' || date FROM observations ORDER BY 1")
        .mapTo(String.class).list());
  }

  private static String rejection(String file, long line) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT reason FROM ingestion_rejections WHERE file_name = :file AND line_number = :line")
        .bind("file", file).bind("line", line).mapTo(String.class).findOne().orElse("<no rejection recorded>"));
  }

  private static String text(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  private static long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
