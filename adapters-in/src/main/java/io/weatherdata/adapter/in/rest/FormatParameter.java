package io.weatherdata.adapter.in.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The representations listings come in; {@code format=csv|json} (listings) or {@code format=csv|ndjson}
 * (exports) overrides the Accept header. A representation an endpoint does not offer is a 406.
 */
@PreMatching
public final class FormatParameter implements ContainerRequestFilter {
  public static final String CSV = "text/csv";

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> format = request.getUriInfo().getQueryParameters().get(QueryParameters.FORMAT);
    if (format == null || format.isEmpty()) {
      return;
    }
    if (format.size() > 1) {
      throw new InvalidParameterException(QueryParameters.FORMAT, "given " + format.size() + " times; give it once");
    }
    String accept = switch (format.get(0)) {
      case "csv" -> CSV;
      case "json" -> MediaType.APPLICATION_JSON;
      case "ndjson" -> Export.NDJSON;
      default -> throw new InvalidParameterException(QueryParameters.FORMAT,
          "must be csv or json (listings), csv or ndjson (exports)");
    };
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
  }
}
