package io.weatherdata.adapter.out.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.weatherdata.application.port.in.IngestionReport;
import io.weatherdata.domain.stats.StationYear;
import java.time.Instant;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code detail} of an IngestionCompleted event: the run's counts and the station-years it touched, as
 * {@code "station_years": {"USC00110072": [1985, 1986]}}. EventBridge takes entries up to 256 KB; a detail that
 * would exceed {@link #MAX_BYTES} leaves the map out and says {@code "station_years_truncated": true}.
 */
final class IngestionCompletedDetail {
  static final int MAX_BYTES = 200 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private IngestionCompletedDetail() {}

  static String json(IngestionReport report, Set<StationYear> touched) {
    ObjectNode detail = JSON.createObjectNode()
        .put("run_id", report.runId())
        .put("status", report.status().name())
        .put("source", report.source())
        .put("started_at", report.startedAt().toString())
        .put("finished_at", report.finishedAt().map(Instant::toString).orElse(null))
        .put("rows_inserted", report.rowsInserted())
        .put("rows_updated", report.rowsUpdated())
        .put("rows_rejected", report.rowsRejected())
        .put("files_loaded", report.filesLoaded())
        .put("station_years_truncated", false);
    detail.set("station_years", JSON.valueToTree(yearsByStation(touched)));
    String json = detail.toString();
    if (json.getBytes(UTF_8).length <= MAX_BYTES) {
      return json;
    }
    detail.remove("station_years");
    return detail.put("station_years_truncated", true).toString();
  }

  private static TreeMap<String, TreeSet<Integer>> yearsByStation(Set<StationYear> touched) {
    return touched.stream().collect(Collectors.groupingBy(
        stationYear -> stationYear.station().value(),
        TreeMap::new,
        Collectors.mapping(StationYear::year, Collectors.toCollection(TreeSet::new))));
  }
}
