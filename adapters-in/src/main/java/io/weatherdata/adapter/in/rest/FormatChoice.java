package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code format} parameter of every JSON-or-CSV response (a JAX-RS parameter bean). Read by
 * {@link FormatParameter} before matching; declared here so the strict check and the document know it.
 */
public class FormatChoice {
  @QueryParam(QueryParameters.FORMAT)
  @Parameter(description = "csv or json; overrides the Accept header",
      schema = @Schema(type = "string", allowableValues = {"json", "csv"}))
  public String format;
}
