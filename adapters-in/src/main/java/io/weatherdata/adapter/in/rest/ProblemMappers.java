package io.weatherdata.adapter.in.rest;

import io.weatherdata.application.query.model.DataUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every error leaves as problem+json; none carries a stack trace. */
public final class ProblemMappers {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

  private ProblemMappers() {}

  public static List<Object> all() {
    return List.of(new InvalidParameter(), new HttpError(), new Unavailable(), new Unexpected());
  }

  /** 400 naming the parameter. */
  public static final class InvalidParameter implements ExceptionMapper<InvalidParameterException> {
    @Context private UriInfo uri;

    @Override
    public Response toResponse(InvalidParameterException e) {
      return new Problem("/problems/invalid-parameter", "Invalid parameter: " + e.parameter(), 400,
          e.parameter() + ": " + e.getMessage(), path(uri),
          List.of(new Problem.InvalidParam(e.parameter(), e.getMessage()))).toResponse();
    }
  }

  static final String READ_ONLY = "this API is read-only: only GET (and HEAD) are allowed";

  /** 404, 405, 406 … as Jersey decided them. */
  public static final class HttpError implements ExceptionMapper<WebApplicationException> {
    @Context private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
        return unexpected(e, uri);
      }
      String message = e.getMessage();
      String detail = message == null || message.startsWith("HTTP ") ? clientMessage(status.getStatusCode()) : message;
      Response problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
          path(uri), null).toResponse();
      String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);   // a 405 must say what is allowed
      return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    private static String clientMessage(int status) {
      return switch (status) {
        case 404 -> "no such resource; see /openapi.json for the API";
        case 405 -> READ_ONLY;
        case 406 -> "acceptable representations: application/json and text/csv (listings), text/csv and "
            + "application/x-ndjson (exports)";
        default -> "the request cannot be served as sent";
      };
    }
  }

  /** 503 with Retry-After: the database is down or out of connections; the request may be repeated. */
  public static final class Unavailable implements ExceptionMapper<DataUnavailableException> {
    @Context private UriInfo uri;

    @Override
    public Response toResponse(DataUnavailableException e) {
      LOG.warn("request failed: database unavailable path={} cause={}", path(uri), rootMessage(e));
      return Response.fromResponse(new Problem("about:blank", "Service Unavailable", 503,
          "the database is unavailable; retry in a few seconds", path(uri), null).toResponse())
          .header("Retry-After", "5").build();
    }

    private static String rootMessage(Throwable e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      return root.getClass().getSimpleName();
    }
  }

  /** Anything else: 500 with an id to find the logged cause, never the cause itself. */
  public static final class Unexpected implements ExceptionMapper<Throwable> {
    @Context private UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
      return unexpected(e, uri);
    }
  }

  private static Response unexpected(Throwable e, UriInfo uri) {
    String id = UUID.randomUUID().toString();
    LOG.error("request failed error_id={} path={}", id, path(uri), e);
    return new Problem("about:blank", "Internal Server Error", 500,
        "the request failed on our side; quote error id " + id, path(uri), null).toResponse();
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath();
  }
}
