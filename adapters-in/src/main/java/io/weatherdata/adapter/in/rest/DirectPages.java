package io.weatherdata.adapter.in.rest;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The plain requests of the busiest listings answered by their resource's own code, without Jersey: a cold page
 * spent a third of its CPU in Jersey's routing, injection and response writing (BENCHMARKS.md). Plain is a GET
 * for JSON ({@code Accept} absent, {@code *}{@code /*} or {@code application/json}) without {@code If-None-Match}
 * and without {@code format}, whose query string has only unreserved characters (no percent-escapes, no
 * {@code +}, no comma), so it reads the same to Jersey and here. The answer is the one Jersey would give: the same
 * parameter check ({@link StrictQueryParameters}), beans ({@link QueryBeans}), page, JSON and headers
 * ({@link CachingFilter}). Any other request goes to Jersey as before, and so does a bad parameter. Any other
 * failure here (the database down) is handed over, to be thrown again there ({@link Failures}) and answered by the
 * same mappers, without asking the database twice.
 */
public final class DirectPages implements Filter {
  private static final String FAILURE = DirectPages.class.getName() + ".failure";

  /** A listing's page from its request URI and parameter beans. */
  @FunctionalInterface
  public interface Page<F> {
    Listing.Answer answer(Supplier<URI> requestUri, F filters, PageParams paging, Units.Param units);
  }

  /** One listing: its path, the query parameters its resource method declares, and how its page is made. */
  public record Route(String path, Map<String, Boolean> parameters,
      BiFunction<Supplier<URI>, Map<String, List<String>>, Listing.Answer> page) {}

  /** The route of {@code resource}'s own {@code @GET} method (the one without a sub-path). */
  static <F> Route route(Class<?> resource, Class<F> filters, Page<F> page) {
    Method method = Arrays.stream(resource.getMethods())
        .filter(m -> m.isAnnotationPresent(GET.class) && !m.isAnnotationPresent(Path.class))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(resource + " has no @GET listing"));
    return new Route(resource.getAnnotation(Path.class).value(), StrictQueryParameters.declared(method),
        (uri, query) -> page.answer(uri, QueryBeans.fill(filters, query), QueryBeans.fill(PageParams.class, query),
            QueryBeans.fill(Units.Param.class, query)));
  }

  private final Map<String, Route> routes;
  private final GetStoredDataVersionUseCase version;
  private final ObjectWriter json;
  private final LongAdder answered = new LongAdder();
  private final LongAdder handedOver = new LongAdder();

  /** {@code json}: the mapper Jersey writes with, so that both write the same bytes. */
  public DirectPages(List<Route> routes, GetStoredDataVersionUseCase version, ObjectMapper json) {
    this.routes = routes.stream().collect(Collectors.toUnmodifiableMap(Route::path, Function.identity()));
    this.version = version;
    this.json = json.writer();
  }

  /** Requests answered here and failures handed to Jersey ({@code direct-pages.*}) on the admin port. */
  public void reportTo(MetricRegistry metrics) {
    metrics.register("direct-pages.answered", (Gauge<Long>) answered::sum);
    metrics.register("direct-pages.failures", (Gauge<Long>) handedOver::sum);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    Route route = routes.get(request.getRequestURI());
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    String queryString = request.getQueryString();
    Map<String, List<String>> query = route == null || !plain(request, accept) ? null : parse(queryString);
    if (query == null || query.containsKey(QueryParameters.FORMAT)) {
      chain.doFilter(req, res);
      return;
    }
    String etag;
    Listing.Answer answer;
    byte[] body;
    try {
      StrictQueryParameters.check(route.parameters(), query);
      String uri = queryString == null ? request.getRequestURL().toString()
          : request.getRequestURL().append('?').append(queryString).toString();
      etag = CachingFilter.etag(version.current(), uri, accept);
      answer = route.page().apply(() -> URI.create(uri), query);
      body = json.writeValueAsBytes(answer.body());
    } catch (InvalidParameterException e) {
      chain.doFilter(req, res);   // Jersey finds it again, in its own order of parameters
      return;
    } catch (IOException | RuntimeException e) {
      handedOver.increment();
      request.setAttribute(FAILURE, e);
      chain.doFilter(req, res);
      return;
    }
    HttpServletResponse response = (HttpServletResponse) res;
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(MediaType.APPLICATION_JSON);
    CachingFilter.validators(etag).forEach(response::setHeader);
    if (answer.link() != null) {
      response.setHeader("Link", answer.link());
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    answered.increment();
  }

  private static boolean plain(HttpServletRequest request, String accept) {
    return "GET".equals(request.getMethod()) && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
        && (accept == null || (accept.equals("*/*") || accept.equals(MediaType.APPLICATION_JSON))
            && once(request.getHeaders(HttpHeaders.ACCEPT)));
  }

  private static boolean once(Enumeration<String> values) {
    values.nextElement();
    return !values.hasMoreElements();
  }

  /**
   * The parameters of a query string of unreserved characters only (RFC 3986: letters, digits, {@code -._~}),
   * which no decoding or encoding changes; null for any other (escapes, {@code +}, a comma, an empty pair or name):
   * Jersey reads those. (With a comma, the ETag Jersey made from its request URI differed from the one made here
   * from the raw query string: DirectPagesIT found it.)
   */
  static Map<String, List<String>> parse(String query) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (query == null) {
      return parameters;
    }
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '=' || c == '&';
      if (!unreserved) {
        return null;
      }
    }
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      if (pair.isEmpty() || equals == 0) {
        return null;
      }
      String name = equals < 0 ? pair : pair.substring(0, equals);
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(equals < 0 ? "" : pair.substring(equals + 1));
    }
    return parameters;
  }

  /** Throws again in Jersey, before matching, what failed in the direct path, so the same mappers answer it. */
  @PreMatching
  public static final class Failures implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getProperty(FAILURE) instanceof Exception e) {
        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
      }
    }
  }
}
