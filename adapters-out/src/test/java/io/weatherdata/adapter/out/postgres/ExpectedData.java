package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.StationFileReader;
import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.YearlyStatsRule;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the domain's own parser and statistics rule say the database should hold for a folder. */
public record ExpectedData(List<Observation> observations, long rejectedLines) {
  public static ExpectedData from(Path folder) throws Exception {
    List<Observation> all = new ArrayList<>();
    long rejected = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith("SYN")).sorted().toList()) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String name = file.getFileName().toString();
          StationFileReader lines = new StationFileReader(StationId.fromFileName(name), name, reader, r -> {});
          lines.forEachRemaining(all::add);
          rejected += lines.rejectedLines();
        }
      }
    }
    return new ExpectedData(all, rejected);
  }

  public List<String> stats() {
    return YearlyStatsRule.compute(observations).stream().map(StatsText::of).toList();
  }
}
