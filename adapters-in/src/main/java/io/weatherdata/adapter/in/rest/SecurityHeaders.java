package io.weatherdata.adapter.in.rest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no MIME sniffing, no framing, and a CSP that lets Swagger UI run from 'self' only.
 */
public final class SecurityHeaders implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader("X-Content-Type-Options", "nosniff");
    http.setHeader("X-Frame-Options", "DENY");
    http.setHeader("Referrer-Policy", "no-referrer");
    http.setHeader("Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    chain.doFilter(request, response);
  }
}
