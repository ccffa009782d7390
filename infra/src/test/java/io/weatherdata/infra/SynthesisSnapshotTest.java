package io.weatherdata.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/**
 * The cloud assemblies as written to disk: the manifest lists every stack, each template is valid JSON, and the
 * resource count per type matches {@code src/test/resources/resource-counts.json}. After an intended change, refresh
 * that file with {@code ./mvnw -pl infra verify -Dinfra.updateSnapshot=true} and review its diff.
 */
class SynthesisSnapshotTest {

  private static final Path SNAPSHOT = Path.of("src/test/resources/resource-counts.json");

  @Test
  void everyStackIsInTheAssemblyManifest() {
    for (Synthesized synthesized : Synthesized.both()) {
      JsonNode manifest = Synthesized.read(synthesized.outdir.resolve("manifest.json"));
      List<String> stacks = new ArrayList<>();
      manifest.path("artifacts").fields().forEachRemaining(artifact -> {
        if (artifact.getValue().path("type").asText().equals("aws:cloudformation:stack")) {
          stacks.add(artifact.getKey());
        }
      });
      String env = synthesized.settings.env();
      assertThat(stacks).containsExactlyInAnyOrder("weather-" + env + "-network", "weather-" + env + "-data",
          "weather-" + env + "-api", "weather-" + env + "-ingestion", "weather-" + env + "-monitoring",
          "weather-" + env + "-pipeline");
    }
  }

  @Test
  void templatesAreValidJsonWithTheExpectedResourceCounts() throws IOException {
    Map<String, Map<String, Integer>> actual = new TreeMap<>();
    for (Synthesized synthesized : Synthesized.both()) {
      for (Stack stack : synthesized.deployment.stacks()) {
        JsonNode template = Synthesized.read(synthesized.templateFile(stack));   // throws on invalid JSON
        assertThat(template.path("Resources").size()).as(stack.getStackName()).isPositive();
        Map<String, Integer> counts = new TreeMap<>();
        template.path("Resources").forEach(resource -> counts.merge(resource.path("Type").asText(), 1, Integer::sum));
        actual.put(stack.getStackName(), counts);
      }
    }
    ObjectMapper json = new ObjectMapper();
    if (Boolean.getBoolean("infra.updateSnapshot")) {
      json.writerWithDefaultPrettyPrinter().writeValue(SNAPSHOT.toFile(), actual);
    }
    Map<?, ?> expected = json.readValue(SNAPSHOT.toFile(), TreeMap.class);
    JsonNode actualTree = json.valueToTree(actual);
    JsonNode expectedTree = json.valueToTree(expected);
    assertThat(actualTree).as("resource counts (refresh with -Dinfra.updateSnapshot=true)").isEqualTo(expectedTree);
  }
}
