package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.RestFixtures.api;
import static io.weatherdata.adapter.in.rest.RestFixtures.get;
import static io.weatherdata.adapter.in.rest.RestFixtures.invalidParameter;
import static io.weatherdata.adapter.in.rest.RestFixtures.okJson;
import static io.weatherdata.adapter.in.rest.RestFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.model.IngestionReport.Status;
import io.weatherdata.application.query.port.in.ListIngestionRunsUseCase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class IngestionsResourceTest {
  private static final ListIngestionRunsUseCase runs = mock(ListIngestionRunsUseCase.class);
  private static final GetStoredDataVersionUseCase dataVersion = mock(GetStoredDataVersionUseCase.class);
  static final ResourceExtension API = api(dataVersion, new IngestionsResource(runs));

  private static final IngestionReport RUNNING = new IngestionReport(8, "s3://weather/raw",
      Instant.parse("2024-05-02T10:00:00Z"), Optional.empty(), Status.RUNNING, 167, 40, 0, 0, 11_000, 0, 0, 3, 1,
      Optional.empty());
  private static final IngestionReport FAILED = new IngestionReport(7, "/data/wx_data",
      Instant.parse("2024-05-01T09:00:00.250Z"), Optional.of(Instant.parse("2024-05-01T09:01:30Z")), Status.FAILED,
      167, 160, 5, 2, 1_729_957, 12, 34, 56, 737, Optional.of("connection reset"));

  @BeforeEach
  void dataVersion() {
    when(dataVersion.current()).thenReturn("v1");
  }

  @AfterEach
  void resetMocks() {
    reset(runs, dataVersion);
  }

  @Test
  void withoutLimitTheLatestTwentyRunsAreAskedFor() {
    when(runs.latest(anyInt())).thenReturn(List.of());

    assertThat(okJson(get(API, "/api/ingestions")).path("data").isArray()).isTrue();

    verify(runs).latest(20);
  }

  @Test
  void limitIsPassedToTheUseCase() {
    when(runs.latest(anyInt())).thenReturn(List.of());

    assertThat(get(API, "/api/ingestions?limit=5").getStatus()).isEqualTo(200);

    verify(runs).latest(5);
  }

  @Test
  void runsAreSnakeCaseJsonWithIsoInstantsAndNullsForWhatIsNotThere() {
    when(runs.latest(anyInt())).thenReturn(List.of(RUNNING, FAILED));

    JsonNode data = okJson(get(API, "/api/ingestions?limit=2")).path("data");

    assertThat(data.size()).isEqualTo(2);
    JsonNode running = data.path(0);
    assertThat(running.path("id").asLong()).isEqualTo(8);
    assertThat(running.path("status").asText()).isEqualTo("RUNNING");
    assertThat(running.path("started_at").asText()).isEqualTo("2024-05-02T10:00:00Z");
    assertThat(running.has("finished_at")).isTrue();
    assertThat(running.path("finished_at").isNull()).isTrue();
    assertThat(running.path("error").isNull()).isTrue();
    JsonNode failed = data.path(1);
    assertThat(failed.path("id").asLong()).isEqualTo(7);
    assertThat(failed.path("source").asText()).isEqualTo("/data/wx_data");
    assertThat(failed.path("status").asText()).isEqualTo("FAILED");
    assertThat(failed.path("started_at").asText()).isEqualTo("2024-05-01T09:00:00.250Z");
    assertThat(failed.path("finished_at").asText()).isEqualTo("2024-05-01T09:01:30Z");
    assertThat(failed.path("files_seen").asInt()).isEqualTo(167);
    assertThat(failed.path("files_loaded").asInt()).isEqualTo(160);
    assertThat(failed.path("files_skipped").asInt()).isEqualTo(5);
    assertThat(failed.path("files_rejected").asInt()).isEqualTo(2);
    assertThat(failed.path("rows_inserted").asLong()).isEqualTo(1_729_957);
    assertThat(failed.path("rows_updated").asLong()).isEqualTo(12);
    assertThat(failed.path("rows_unchanged").asLong()).isEqualTo(34);
    assertThat(failed.path("rows_rejected").asLong()).isEqualTo(56);
    assertThat(failed.path("quality_warnings").asLong()).isEqualTo(737);
    assertThat(failed.path("error").asText()).isEqualTo("connection reset");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "limit=0            | limit",
      "limit=101          | limit",
      "limit=abc          | limit",
      "limit=1&limit=2    | limit",
      "foo=1              | foo",
      "format=xml         | format"})
  void badRequestsAre400ProblemsNamingTheParameterAndNeverQuery(String query, String parameter) {
    invalidParameter(get(API, "/api/ingestions?" + query), parameter);

    verifyNoInteractions(runs);
  }

  @Test
  void csvIsNotOfferedForRuns() {
    problem(get(API, "/api/ingestions?format=csv"), 406);

    verifyNoInteractions(runs);
  }
}
