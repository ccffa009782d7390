package io.weatherdata.adapter.in.rest;

import io.weatherdata.domain.paging.Page;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** Turns a page of domain items into the paged response: body, next cursor and {@code Link: rel="next"}. */
final class Listing {
  private Listing() {}

  static <T, J extends CsvRow> Response respond(UriInfo uri, int pageSize, Page<T> page, Function<T, J> toJson,
      List<String> csvHeader, Function<T, String> cursorAfter) {
    String next = page.hasMore() && !page.items().isEmpty()
        ? cursorAfter.apply(page.items().get(page.items().size() - 1))
        : null;
    PageJson<J> body = new PageJson<>(page.items().stream().map(toJson).toList(),
        new PageJson.PageInfo(pageSize, next, page.total()), csvHeader);
    Response.ResponseBuilder response = Response.ok(body);
    if (next != null) {
      response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam(QueryParameters.CURSOR, next).build()
          + ">; rel=\"next\"");
    }
    return response.build();
  }
}
