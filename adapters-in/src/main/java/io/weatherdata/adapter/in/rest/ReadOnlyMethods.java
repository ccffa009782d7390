package io.weatherdata.adapter.in.rest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The service only reads: every method but GET and HEAD (OPTIONS and TRACE included) is a 405 problem on every
 * path — API, front page, documentation — before any servlet or resource runs.
 */
public final class ReadOnlyMethods implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (http.getMethod().equals("GET") || http.getMethod().equals("HEAD")) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse refused = (HttpServletResponse) response;
    refused.setHeader("Allow", "GET, HEAD");
    new Problem("about:blank", "Method Not Allowed", 405, ProblemMappers.READ_ONLY, http.getRequestURI(), null)
        .send(refused);
  }
}
