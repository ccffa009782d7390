package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;

/** The {@code month} filter of the monthly listings (a JAX-RS parameter bean). */
public final class MonthParam {
  static final String MONTH = "month";

  @QueryParam(MONTH)
  @Parameter(description = "one calendar month, 1 (January) to 12", example = "7",
      schema = @Schema(type = "integer", minimum = "1", maximum = "12"))
  public String month;

  Optional<Integer> value() {
    return QueryParameters.integer(MONTH, month, 1, 12);
  }
}
