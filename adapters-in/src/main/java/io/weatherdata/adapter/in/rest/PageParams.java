package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.domain.paging.PageRequest;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parameters every paged listing takes: {@code page_size}, {@code cursor} and {@code format}. A JAX-RS
 * parameter bean: Jersey fills the public fields, the OpenAPI reader documents them.
 */
public final class PageParams extends FormatChoice {
  @QueryParam(QueryParameters.PAGE_SIZE)
  @Parameter(description = "items per page, 1 to " + PageRequest.MAX_SIZE,
      schema = @Schema(type = "integer", minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
          defaultValue = "" + PageRequest.DEFAULT_SIZE))
  public String pageSize;

  @QueryParam(QueryParameters.CURSOR)
  @Parameter(description = "next_cursor of the previous page, unchanged; a forged or foreign cursor is a 400")
  public String cursor;

  int size() {
    return QueryParameters.integer(QueryParameters.PAGE_SIZE, pageSize, 1, PageRequest.MAX_SIZE)
        .orElse(PageRequest.DEFAULT_SIZE);
  }

  /** The page after the cursor's position, which must belong to {@code scope} (the listing and its filters). */
  <K> PageRequest<K> request(Cursors cursors, Cursors.Scope scope, int parts, Function<List<String>, K> position) {
    Optional<K> after = cursors.position(scope, Optional.ofNullable(cursor), parts, position);
    return new PageRequest<>(size(), after);
  }
}
