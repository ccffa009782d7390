package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.weatherdata.application.port.in.ListIngestionRunsUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

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
  @Operation(summary = "Latest ingestion runs, newest first", parameters =
      @Parameter(in = ParameterIn.QUERY, name = LIMIT, description = "how many runs (1 to 100, default 20)"))
  public RunsJson latest(@Context UriInfo uri) {
    int limit = QueryParameters.of(uri, Set.of(LIMIT)).integer(LIMIT, 1, 100).orElse(20);
    return new RunsJson(runs.latest(limit).stream().map(IngestionRunJson::from).toList());
  }
}
