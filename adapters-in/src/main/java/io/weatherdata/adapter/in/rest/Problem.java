package io.weatherdata.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/** An RFC 9457 problem document ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    @JsonProperty("invalid_params") List<InvalidParam> invalidParams) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final ObjectMapper SERVLET_JSON = new ObjectMapper();

  public record InvalidParam(String name, String reason) {}

  /** Written by a servlet filter, before Jersey: status, no-store, the problem as JSON. */
  void send(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(MEDIA_TYPE);
    SERVLET_JSON.writeValue(response.getOutputStream(), this);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this)
        .header("Cache-Control", "no-store").build();
  }
}
