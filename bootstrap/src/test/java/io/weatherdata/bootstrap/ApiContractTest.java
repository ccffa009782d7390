package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check itself: it passes what the document describes and catches what it does not. */
class ApiContractTest {
  private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
  private static final String PAGE = """
      {"data":[{"year":1988,"production_kt":125194.000}],"page":{"page_size":100,"next_cursor":null,"total":1}}""";

  @Test
  void aDescribedAnswerPasses() {
    assertThat(ApiContract.problems("/api/corn", 200, JSON, PAGE)).isEmpty();
  }

  @Test
  void aWrongTypeAnUndocumentedStatusAndAnUnknownPathAreCaught() {
    assertThat(ApiContract.problems("/api/corn", 200, JSON, PAGE.replace("1988", "\"a year\""))).isNotEmpty();
    assertThat(ApiContract.problems("/api/corn", 200, JSON, "{\"data\":{}}")).isNotEmpty();
    assertThat(ApiContract.problems("/api/corn", 418, JSON, PAGE)).isNotEmpty();
    assertThat(ApiContract.problems("/api/nothing", 200, JSON, PAGE)).isNotEmpty();
  }
}
