package io.weatherdata.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.application.ingestion.model.IngestionReport;
import java.time.Instant;

@Schema(name = "IngestionRun", description = "One ingestion run and what it counted")
public record IngestionRunJson(long id,
    String source,
    @Schema(allowableValues = {"RUNNING", "SUCCEEDED", "FAILED"}) String status,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("finished_at") @Schema(nullable = true) Instant finishedAt,
    @JsonProperty("files_seen") int filesSeen,
    @JsonProperty("files_loaded") int filesLoaded,
    @JsonProperty("files_skipped") @Schema(description = "unchanged since their last load") int filesSkipped,
    @JsonProperty("files_rejected") @Schema(description = "not station files") int filesRejected,
    @JsonProperty("rows_inserted") long rowsInserted,
    @JsonProperty("rows_updated") long rowsUpdated,
    @JsonProperty("rows_unchanged") long rowsUnchanged,
    @JsonProperty("rows_rejected") long rowsRejected,
    @JsonProperty("quality_warnings") @Schema(
        description = "kept days whose max is below their min") long qualityWarnings,
    @Schema(nullable = true) String error) {

  static IngestionRunJson from(IngestionReport r) {
    return new IngestionRunJson(r.runId(), r.source(), r.status().name(), r.startedAt(), r.finishedAt().orElse(null),
        r.filesSeen(), r.filesLoaded(), r.filesSkipped(), r.filesRejected(), r.rowsInserted(), r.rowsUpdated(),
        r.rowsUnchanged(), r.rowsRejected(), r.qualityWarnings(), r.error().orElse(null));
  }
}
