package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.port.out.IngestionRunLogPort;
import io.weatherdata.application.query.port.out.LoadIngestionRunsPort;
import io.weatherdata.domain.observation.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Ingestion runs in {@code ingestion_runs}, with a sample of each run's rejected lines. */
public final class PostgresIngestionRunLog implements IngestionRunLogPort, LoadIngestionRunsPort {
  private static final String MARK_ABANDONED = """
      UPDATE ingestion_runs
      SET status = 'FAILED', finished_at = now(),
          error = 'interrupted: the process running it stopped before finishing'
      WHERE status = 'RUNNING'
      """;

  private static final String INSERT_RUN = """
      INSERT INTO ingestion_runs (source, started_at, status) VALUES (:source, :startedAt, 'RUNNING')
      RETURNING id
      """;

  private static final String FINISH_RUN = """
      UPDATE ingestion_runs
      SET finished_at = :finishedAt, status = :status,
          files_seen = :filesSeen, files_loaded = :filesLoaded, files_skipped = :filesSkipped,
          files_rejected = :filesRejected, rows_inserted = :rowsInserted, rows_updated = :rowsUpdated,
          rows_unchanged = :rowsUnchanged, rows_rejected = :rowsRejected, quality_warnings = :qualityWarnings,
          error = :error
      WHERE id = :runId
      """;

  private static final String INSERT_REJECTION = """
      INSERT INTO ingestion_rejections (run_id, file_name, line_number, reason)
      VALUES (:runId, :file, :line, :reason)
      ON CONFLICT DO NOTHING
      """;

  private static final String LATEST = """
      SELECT * FROM ingestion_runs ORDER BY started_at DESC, id DESC LIMIT :limit
      """;

  private final Jdbi jdbi;

  public PostgresIngestionRunLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long start(String source, Instant startedAt) {
    return jdbi.inTransaction(h -> {
      h.execute(MARK_ABANDONED);
      return h.createQuery(INSERT_RUN)
          .bind("source", source)
          .bind("startedAt", utc(startedAt))
          .mapTo(Long.class)
          .one();
    });
  }

  @Override
  public void finish(IngestionReport report) {
    jdbi.useHandle(h -> h.createUpdate(FINISH_RUN)
        .bind("runId", report.runId())
        .bind("finishedAt", report.finishedAt().map(PostgresIngestionRunLog::utc).orElse(null))
        .bind("status", report.status().name())
        .bind("filesSeen", report.filesSeen())
        .bind("filesLoaded", report.filesLoaded())
        .bind("filesSkipped", report.filesSkipped())
        .bind("filesRejected", report.filesRejected())
        .bind("rowsInserted", report.rowsInserted())
        .bind("rowsUpdated", report.rowsUpdated())
        .bind("rowsUnchanged", report.rowsUnchanged())
        .bind("rowsRejected", report.rowsRejected())
        .bind("qualityWarnings", report.qualityWarnings())
        .bind("error", report.error().orElse(null))
        .execute());
  }

  @Override
  public void recordRejections(long runId, List<Rejection> rejections) {
    jdbi.useTransaction(h -> {
      PreparedBatch batch = h.prepareBatch(INSERT_REJECTION);
      for (Rejection r : rejections) {
        batch.bind("runId", runId).bind("file", r.file()).bind("line", r.lineNumber())
            .bind("reason", r.reason()).add();
      }
      batch.execute();
    });
  }

  @Override
  public List<IngestionReport> latest(int limit) {
    return Unavailability.translate(() -> jdbi.withHandle(h -> h.createQuery(LATEST).bind("limit", limit)
        .map((rs, ctx) -> toReport(rs))
        .list()));
  }

  private static IngestionReport toReport(ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new IngestionReport(
        rs.getLong("id"),
        rs.getString("source"),
        rs.getTimestamp("started_at").toInstant(),
        Optional.ofNullable(finished).map(Timestamp::toInstant),
        IngestionReport.Status.valueOf(rs.getString("status")),
        rs.getInt("files_seen"),
        rs.getInt("files_loaded"),
        rs.getInt("files_skipped"),
        rs.getInt("files_rejected"),
        rs.getLong("rows_inserted"),
        rs.getLong("rows_updated"),
        rs.getLong("rows_unchanged"),
        rs.getLong("rows_rejected"),
        rs.getLong("quality_warnings"),
        Optional.ofNullable(rs.getString("error")));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
