package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code /} sends a browser to the front page, which the service serves as static assets under {@link #PATH}. */
@Path("/")
public final class FrontPage {
  public static final String PATH = "/app/";

  @GET
  @Operation(hidden = true)
  public Response redirect() {
    return Response.status(Response.Status.FOUND).location(URI.create(PATH)).build();
  }
}
