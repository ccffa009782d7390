package io.weatherdata.adapter.in.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-container shim, not part of the application. Jersey's in-memory connector hands the server the client's
 * header value lists as read-only views, so a filter that rewrites a header the client sent ({@link FormatParameter}
 * replacing {@code Accept}) fails with {@code UnsupportedOperationException}; a servlet container builds ordinary
 * mutable lists. This filter runs first and copies each list, giving the request what Jetty would give it.
 */
@PreMatching
@Priority(1)
final class MutableRequestHeaders implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    MultivaluedMap<String, String> headers = request.getHeaders();
    for (String name : List.copyOf(headers.keySet())) {
      headers.put(name, new ArrayList<>(headers.get(name)));
    }
  }
}
