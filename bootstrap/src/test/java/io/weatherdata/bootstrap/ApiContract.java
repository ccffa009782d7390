package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.weatherdata.adapter.in.rest.OpenApiDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Holds every response a full-application test receives against the OpenAPI document the service serves (its
 * status, content type, headers and JSON body), with Atlassian's swagger-request-validator: a response the document
 * does not describe fails the test that received it.
 */
final class ApiContract {
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForInlineApiSpecification(OpenApiDocument.json())
          .withLevelResolver(LevelResolver.create() // a status the document does not list is an error, not a warning
              .withLevel("validation.response.status.unknown", ValidationReport.Level.ERROR).build())
          .build();

  private ApiContract() {}

  /** Returns the response after checking it (only API paths; the admin port, Swagger UI and statics are not API). */
  static <T> HttpResponse<T> checked(HttpResponse<T> response) {
    String path = response.request().uri().getPath();
    if (path.startsWith("/api/")) {
      assertThat(problems(path, response.statusCode(), response.headers().map(), text(response)))
          .as("GET %s answered %d: what the OpenAPI document does not describe", path, response.statusCode())
          .isEmpty();
    }
    return response;
  }

  /** What the document says is wrong with this answer to a GET of {@code path}; empty when it describes it. */
  static List<String> problems(String path, int status, Map<String, List<String>> headers, String body) {
    SimpleResponse.Builder described = SimpleResponse.Builder.status(status);
    headers.forEach(described::withHeader);
    headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type")).findFirst()
        .ifPresent(h -> described.withContentType(h.getValue().get(0)));
    if (body != null) {
      described.withBody(body);
    }
    ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.GET, described.build());
    return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(ValidationReport.Message::toString).toList();
  }

  private static String text(HttpResponse<?> response) {
    if (response.body() instanceof String text) {
      return text;
    } else if (response.body() instanceof byte[] bytes) {
      boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
      try {
        return new String(gzip ? new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes() : bytes,
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }
}
