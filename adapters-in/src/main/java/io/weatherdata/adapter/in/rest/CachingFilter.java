package io.weatherdata.adapter.in.rest;

import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP caching for the data API. Stored data changes only when ingestion or analysis runs, so a response is
 * identified by the data version, the request URI and the representation asked for: that is its ETag. A
 * matching {@code If-None-Match} gets 304 before any query runs.
 */
public final class CachingFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String CACHE_CONTROL = "public, max-age=300";
  private static final MessageDigest SHA_256 = sha256();
  private static final String TAG = "weather.etag";
  private final GetStoredDataVersionUseCase version;

  public CachingFilter(GetStoredDataVersionUseCase version) {
    this.version = version;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!cacheable(request)) {
      return;
    }
    String etag = etag(request);
    request.setProperty(TAG, etag);
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
      Response.ResponseBuilder notModified = Response.notModified();
      validators(etag).forEach(notModified::header);
      request.abortWith(notModified.build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object etag = request.getProperty(TAG);
    if (etag != null && response.getStatus() == 200) {
      validators((String) etag).forEach(response.getHeaders()::add);
    }
  }

  /** The headers a cacheable answer carries: its ETag, Cache-Control and Vary, in that order. */
  static Map<String, String> validators(String etag) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(HttpHeaders.ETAG, etag);
    headers.put(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    headers.put(HttpHeaders.VARY, "Accept");
    return headers;
  }

  private static boolean cacheable(ContainerRequestContext request) {
    String method = request.getMethod();
    return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
        && request.getUriInfo().getPath().startsWith("api/")
        && !request.getUriInfo().getPath().startsWith("api/ingestions"); // a running ingestion's row changes
  }

  private String etag(ContainerRequestContext request) {
    return etag(version.current(), request.getUriInfo().getRequestUri().toString(),
        request.getHeaderString(HttpHeaders.ACCEPT));
  }

  /** The ETag of the response to {@code requestUri} asked with {@code accept} (null: none) at a data version. */
  static String etag(String dataVersion, String requestUri, String accept) {
    String identity = dataVersion + '\n' + requestUri + '\n' + accept;
    try {
      MessageDigest sha256 = (MessageDigest) SHA_256.clone();   // not getInstance's provider lookup per request
      byte[] digest = sha256.digest(identity.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether an If-None-Match names this ETag (also weak, or as Jetty's gzip handler suffixed it). */
  static boolean matches(String ifNoneMatch, String etag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals(etag) || tag.equals("W/" + etag)
          || tag.equals(etag.substring(0, etag.length() - 1) + "--gzip\"")) {
        return true;
      }
    }
    return false;
  }
}
