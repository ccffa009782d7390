package io.weatherdata.adapter.out.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weatherdata.application.port.in.IngestionReport;
import io.weatherdata.application.port.in.IngestionReport.Status;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestionCompletedDetailTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void stationYearsAreACompactMapOfSortedYearsPerStation() {
    String json = IngestionCompletedDetail.json(report(Optional.of(T0.plusSeconds(1))), Set.of(
        touched("USC00110187", 2001), touched("USC00110072", 1986), touched("USC00110187", 1999),
        touched("USC00110072", 1985)));

    assertThat(json).contains("\"station_years\":{\"USC00110072\":[1985,1986],\"USC00110187\":[1999,2001]}");
  }

  @Test
  void noTouchedStationYearsIsAnEmptyMap() throws Exception {
    JsonNode detail = JSON.readTree(IngestionCompletedDetail.json(report(Optional.of(T0)), Set.of()));

    assertThat(detail.path("station_years").isObject()).isTrue();
    assertThat(detail.path("station_years")).isEmpty();
    assertThat(detail.path("station_years_truncated").asBoolean()).isFalse();
  }

  @Test
  void aRunWithoutFinishTimeHasANullFinishedAt() throws Exception {
    JsonNode detail = JSON.readTree(IngestionCompletedDetail.json(report(Optional.empty()), Set.of()));

    assertThat(detail.path("finished_at").isNull()).isTrue();
    assertThat(detail.path("started_at").asText()).isEqualTo("2026-03-01T00:00:00Z");
  }

  private static IngestionReport report(Optional<Instant> finishedAt) {
    return new IngestionReport(7, "/data/wx", T0, finishedAt, Status.SUCCEEDED, 1, 1, 0, 0, 10, 0, 0, 0, 0,
        Optional.empty());
  }

  private static StationYear touched(String station, int year) {
    return new StationYear(StationId.of(station), year);
  }
}
