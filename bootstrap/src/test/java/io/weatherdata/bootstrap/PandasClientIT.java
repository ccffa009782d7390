package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.weatherdata.adapter.in.cli.SyntheticStationFiles;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real Python clients against the running service, as a data scientist uses it: Debian's python3 with pandas and
 * matplotlib ({@code .ci/run} installs python3-pandas and python3-matplotlib when missing).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PandasClientIT {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final DropwizardAppExtension<WeatherConfiguration> APP = new DropwizardAppExtension<>(
      WeatherApplication.class, ServiceJar.CONFIG.toString(), TestApp.overrides(TestPostgres.freshDatabase()));

  @BeforeAll
  static void ingestTwoYearsOfThreeStationsTheirListEntriesAndTheCorn() throws Exception {
    Path folder = Files.createTempDirectory("pandas-it");
    SyntheticStationFiles.write(folder, 3, 2003, 2004, 13, 0.0);
    TestApp.load(APP.getConfiguration(), folder,
        TestApp.reference(3, 2003, 2004, year -> year == 2003 ? 256_278 : 299_876));
  }

  @Test
  void pandasReadsEachExportInOneLineAndGetsTheListingRowForRow() throws Exception {
    Run run = python("src/test/python/check_exports.py", base(), SyntheticStationFiles.stationId(2));

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("csv: 731 rows equal", "ndjson: 731 rows equal", "exports: all checks passed",
        "weather/monthly imperial csv: 72 rows equal", "agronomy/seasons ndjson: 6 rows equal",
        "weather/normals metric csv: 36 rows equal", "stations metric csv: 3 rows equal");
  }

  @Test
  void theExampleScriptDrawsItsTwoCharts() throws Exception {
    Path out = Path.of("target/examples");
    Files.createDirectories(out);

    Run run = python("../examples/station_history.py", "--base-url", base(), "--station",
        SyntheticStationFiles.stationId(1), "--out", out.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(out.resolve(SyntheticStationFiles.stationId(1) + "-yearly.png")).isNotEmptyFile();
    assertThat(out.resolve("corn-vs-jja-heat.png")).isNotEmptyFile();
    assertThat(run.output()).contains("(2 years)");
  }

  private static String base() {
    return "http://127.0.0.1:" + APP.getLocalPort();
  }

  private record Run(int exitCode, String output) {}

  private static Run python(String... args) throws Exception {
    assertThat(PYTHON).as("Debian's python3 (.ci/run installs it with pandas and matplotlib)").exists();
    List<String> command = new ArrayList<>(List.of(PYTHON.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("python did not finish in 3 minutes: " + command);
    }
    return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
