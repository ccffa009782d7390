package io.weatherdata.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The document the service serves at /openapi.json, linted by Stoplight Spectral's standard {@code spectral:oas}
 * ruleset: no error and no warning. Needs the {@code spectral} CLI on the PATH ({@code .ci/run} installs it from
 * npm: {@code npm install -g @stoplight/spectral-cli}).
 */
class OpenApiLintTest {
  @Test
  void theServedDocumentPassesSpectralsOasRulesetWithoutAWarning() throws Exception {
    Path document = Path.of("target", "openapi.json");
    Files.createDirectories(document.getParent());
    Files.writeString(document, OpenApiDocument.json(), StandardCharsets.UTF_8);
    Path ruleset = Path.of(getClass().getResource("/spectral.json").toURI());

    Process spectral = new ProcessBuilder("spectral", "lint", "--quiet", "--format", "json", "--ruleset",
        ruleset.toString(), "--fail-severity", "hint", document.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(spectral.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(spectral.waitFor(120, TimeUnit.SECONDS)).as("spectral finished").isTrue();

    List<String> problems = new ArrayList<>();
    for (JsonNode result : new ObjectMapper().readTree(out.isBlank() ? "[]" : out)) {
      problems.add(result.path("code").asText() + " at " + result.path("path") + ": "
          + result.path("message").asText());
    }
    assertThat(problems).as("spectral:oas findings in the served document").isEmpty();
    assertThat(spectral.exitValue()).as("spectral's exit status (it ran and found nothing)").isZero();
  }
}
