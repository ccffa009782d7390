package io.weatherdata.adapter.in.rest;

import io.weatherdata.domain.paging.Page;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

/** Turns a page of domain items into the paged response: body, next cursor and {@code Link: rel="next"}. */
final class Listing {
  private Listing() {}

  /** How the items of a listing are written: as records of {@code type} (JSON fields and CSV columns). */
  record Shape<T>(Class<? extends CsvRow> type, Function<T, ? extends CsvRow> from) {
    static <T> Shape<T> of(Units units, Class<? extends CsvRow> metric, Function<T, ? extends CsvRow> toMetric,
        Class<? extends CsvRow> imperial, Function<T, ? extends CsvRow> toImperial) {
      return units == Units.IMPERIAL ? new Shape<>(imperial, toImperial) : new Shape<>(metric, toMetric);
    }
  }

  /** A page's body and its {@code Link} to the next page (null on the last page), ready for either way out. */
  record Answer(PageJson<CsvRow> body, String link) {
    Response response() {
      Response.ResponseBuilder response = Response.ok(body);
      return (link == null ? response : response.header("Link", link)).build();
    }
  }

  /**
   * The shape comes before the page: a call site writes the query as the page argument, so the units (which the
   * shape reads) are rejected before the query runs.
   */
  static <T> Response respond(UriInfo uri, int pageSize, Shape<T> shape, Page<T> page,
      Function<T, String> cursorAfter) {
    return answer(uri::getRequestUri, pageSize, shape, page, cursorAfter).response();
  }

  /** The page answering {@code requestUri}: its next link is that URI with the next cursor (read only then). */
  static <T> Answer answer(Supplier<URI> requestUri, int pageSize, Shape<T> shape, Page<T> page,
      Function<T, String> cursorAfter) {
    String next = page.hasMore() && !page.items().isEmpty()
        ? cursorAfter.apply(page.items().get(page.items().size() - 1))
        : null;
    PageJson<CsvRow> body = new PageJson<>(page.items().stream().<CsvRow>map(shape.from()::apply).toList(),
        new PageJson.PageInfo(pageSize, next, page.total()), CsvRow.header(shape.type()));
    String link = next == null ? null : "<" + UriBuilder.fromUri(requestUri.get())
        .replaceQueryParam(QueryParameters.CURSOR, next).build() + ">; rel=\"next\"";
    return new Answer(body, link);
  }
}
