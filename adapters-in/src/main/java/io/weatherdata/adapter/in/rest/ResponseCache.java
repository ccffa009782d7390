package io.weatherdata.adapter.in.rest;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Whole responses of the data API, kept in memory: a repeated request is answered without Jersey and without the
 * database. The key is the data version (re-read at most once per its TTL), the path, the query parameters sorted
 * (so their order does not matter) and the {@code Accept} header; the entry holds the body as is, gzipped too
 * once a client asked for that, and the headers that describe it (type, ETag, Cache-Control, Link). Only 200
 * answers of the paged listings are kept (not exports, not ingestion runs, not errors), up to a byte budget
 * (Caffeine, size-weighted eviction).
 */
public final class ResponseCache implements Filter {
  private static final List<String> REPLAYED = List.of("Content-Type", "ETag", "Cache-Control", "Link");
  private static final String VARY = "Accept, Accept-Encoding";

  /** {@code gzip} is null until a client that accepts gzip asks for the entry (most cold misses never do). */
  private record Entry(List<String[]> headers, String etag, byte[] identity, byte[] gzip) {
    int weight() {
      return identity.length + (gzip == null ? 0 : gzip.length) + 200;
    }

    Entry gzipped() {
      ByteArrayOutputStream out = new ByteArrayOutputStream(identity.length / 4 + 64);
      try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
        zip.write(identity);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Entry(headers, etag, identity, out.toByteArray());
    }
  }

  private final GetStoredDataVersionUseCase version;
  private final Cache<String, Entry> entries;
  private final int maxEntryBytes;

  /** {@code maxBytes}: the whole budget; one body above a sixteenth of it is not kept. */
  public ResponseCache(GetStoredDataVersionUseCase version, long maxBytes) {
    this.version = version;
    this.maxEntryBytes = (int) Math.min(Integer.MAX_VALUE, maxBytes / 16);
    // Eviction and buffer upkeep run on the request thread that triggers them, not handed to the common pool:
    // on two cores the hand-off (a wake-up per burst of writes) cost 7-12% of the cold path's throughput
    // (BENCHMARKS.md).
    this.entries = Caffeine.newBuilder().executor(Runnable::run).maximumWeight(maxBytes)
        .weigher((String key, Entry e) -> e.weight()).recordStats().build();
  }

  /** Hits, misses, evictions, entries and bytes as gauges ({@code response-cache.*}) on the admin port. */
  public void reportTo(MetricRegistry metrics) {
    metrics.register("response-cache.hits", (Gauge<Long>) () -> entries.stats().hitCount());
    metrics.register("response-cache.misses", (Gauge<Long>) () -> entries.stats().missCount());
    metrics.register("response-cache.evictions", (Gauge<Long>) () -> entries.stats().evictionCount());
    metrics.register("response-cache.entries", (Gauge<Long>) entries::estimatedSize);
    metrics.register("response-cache.bytes", (Gauge<Long>) () -> entries.policy().eviction()
        .flatMap(e -> e.weightedSize().stream().boxed().findFirst()).orElse(0L));
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String key = key(request);
    if (key == null) {
      chain.doFilter(req, res);
      return;
    }
    Entry hit = entries.getIfPresent(key);
    if (hit == null) {
      Capture capture = new Capture(response);
      chain.doFilter(req, capture);
      capture.flushBuffer();
      if (response.getStatus() != HttpServletResponse.SC_OK || capture.body.size() > maxEntryBytes) {
        capture.body.writeTo(response.getOutputStream());
        return;
      }
      hit = entry(response, capture.body.toByteArray());
      entries.put(key, hit);
    }
    boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
    if (gzip && hit.gzip() == null) {
      Entry identityOnly = hit;
      hit = hit.gzipped();
      entries.asMap().replace(key, identityOnly, hit);
    }
    answer(request, response, hit, gzip);
  }

  /** Null when the request is not one to cache, or the data version cannot be read (Jersey then answers 503). */
  private String key(HttpServletRequest request) {
    String path = request.getRequestURI();
    if (!"GET".equals(request.getMethod()) || !path.startsWith("/api/") || path.endsWith("/export")
        || path.startsWith("/api/ingestions")) {
      return null;
    }
    String current;
    try {
      current = version.current();
    } catch (RuntimeException unavailable) {
      return null;
    }
    return current + '\n' + path + '?' + sortedQuery(request.getQueryString()) + '\n' + request.getHeader("Accept");
  }

  private static String sortedQuery(String query) {
    if (query == null) {
      return "";
    }
    String[] pairs = query.split("&");
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = URLDecoder.decode(pairs[i], StandardCharsets.UTF_8);
    }
    Arrays.sort(pairs);
    return String.join("&", pairs);
  }

  private static Entry entry(HttpServletResponse response, byte[] body) {
    List<String[]> headers = new ArrayList<>();
    for (String name : REPLAYED) {
      String value = response.getHeader(name);
      if (value != null) {
        headers.add(new String[] {name, value});
      }
    }
    return new Entry(List.copyOf(headers), response.getHeader("ETag"), body, null);
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response, Entry entry, boolean gzip)
      throws IOException {
    String ifNoneMatch = request.getHeader("If-None-Match");
    boolean notModified = entry.etag() != null && ifNoneMatch != null
        && CachingFilter.matches(ifNoneMatch, entry.etag());
    response.resetBuffer();
    response.setStatus(notModified ? HttpServletResponse.SC_NOT_MODIFIED : HttpServletResponse.SC_OK);
    for (String[] header : entry.headers()) {
      if (!(notModified && header[0].equals("Content-Type"))) {
        response.setHeader(header[0], header[1]);
      }
    }
    response.setHeader("Vary", VARY);
    if (entry.etag() != null) {
      response.setHeader("ETag", gzip ? gzipTag(entry.etag()) : entry.etag());
    }
    if (notModified) {
      return;
    }
    byte[] body = gzip ? entry.gzip() : entry.identity();
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.strip().split(";");
      if (parts[0].strip().equalsIgnoreCase("gzip")) {
        return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
      }
    }
    return false;
  }

  /** The ETag of the gzipped body, as Jetty's gzip handler would name it. */
  private static String gzipTag(String etag) {
    return etag.substring(0, etag.length() - 1) + "--gzip\"";
  }

  /** Keeps what the resource writes instead of sending it; headers and status still go to the real response. */
  private static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    private final ServletOutputStream stream = new ServletOutputStream() {
      @Override
      public void write(int b) {
        body.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        body.write(b, off, len);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("blocking writes only");
      }
    };
    private PrintWriter writer;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int length) {}

    @Override
    public void setHeader(String name, String value) {
      if (!"Content-Length".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"Content-Length".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setContentLengthLong(long length) {}

    @Override
    public boolean isCommitted() {
      return false;
    }
  }
}
