package io.weatherdata.bootstrap;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.request.logging.RequestLogFactory;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;

/**
 * The request log as one line per request in the combined log format plus the milliseconds the request took:
 * {@code 127.0.0.1 - - [05/Dec/2026:14:35:50 +0000] "GET /api/weather?station_id=… HTTP/1.1" 200 3303 "-" "curl/8"
 * 2}. Jetty formats the line on the request thread and hands it to the logger {@code http.request}, which the
 * application's (asynchronous) appenders write. Dropwizard's default, logback-access, copies every header,
 * parameter and attribute of each request for its queue: 11% of a cold page's CPU (BENCHMARKS.md).
 * {@code server.requestLog.type: plain} in config.yml.
 */
@JsonTypeName("plain")
public final class PlainRequestLogFactory implements RequestLogFactory<RequestLog> {
  static final String LOGGER = "http.request";
  private static final String FORMAT = "%{client}a - %u %{dd/MMM/yyyy:HH:mm:ss ZZZ|GMT}t \"%r\" %s %O"
      + " \"%{Referer}i\" \"%{User-Agent}i\" %{ms}T";

  @Override
  public boolean isEnabled() {
    return true;
  }

  @Override
  public RequestLog build(String name) {
    Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
    writer.setLoggerName(LOGGER);
    return new CustomRequestLog(writer, FORMAT);
  }
}
