package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.weatherdata.application.query.port.in.ListIngestionRunsUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/ingestions")
@Produces(MediaType.APPLICATION_JSON)
public final class IngestionsResource {
  private static final String LIMIT = "limit";
  private final ListIngestionRunsUseCase runs;

  public IngestionsResource(ListIngestionRunsUseCase runs) {
    this.runs = runs;
  }

  public record RunsJson(List<IngestionRunJson> data) {}

  @GET
  @Operation(operationId = "listIngestionRuns",
        summary = "Latest ingestion runs, newest first", description = """
      The record of every ingestion run: source, start and end time, status (RUNNING, SUCCEEDED, FAILED), files
      seen, loaded, skipped (unchanged checksum) and rejected, rows inserted, updated, unchanged and rejected, and the
      days kept with max below min. Never cached: a running run's row changes.""",
      responses = @ApiResponse(responseCode = "200", description = "the runs, newest first",
          content = @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunsJson.class))))
  public RunsJson latest(@QueryParam(LIMIT) @Parameter(description = "how many runs (1 to 100, default 20)",
      schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) String limitText) {
    int limit = QueryParameters.integer(LIMIT, limitText, 1, 100).orElse(20);
    return new RunsJson(runs.latest(limit).stream().map(IngestionRunJson::from).toList());
  }
}
