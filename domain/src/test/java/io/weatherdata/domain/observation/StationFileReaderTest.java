package io.weatherdata.domain.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weatherdata.domain.station.StationId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StationFileReaderTest {
  private static final StationId STATION = new StationId("USC00110072");
  private static final String FILE = "USC00110072.txt";

  private final List<Rejection> rejections = new ArrayList<>();

  @Test
  void goodLinesStreamInFileOrder() {
    StationFileReader reader = reader(lines(day("19850101"), day("19850102"), day("19850103")));

    assertThat(dates(drain(reader))).containsExactly(
        LocalDate.of(1985, 1, 1), LocalDate.of(1985, 1, 2), LocalDate.of(1985, 1, 3));
    assertThat(rejections).isEmpty();
    assertThat(reader.acceptedLines()).isEqualTo(3);
    assertThat(reader.rejectedLines()).isZero();
  }

  @Test
  void blankLinesAtTheEndAreNotRejections() {
    StationFileReader reader = reader(lines(day("19850101"), day("19850102"), "", "   ", "\t", ""));

    assertThat(drain(reader)).hasSize(2);
    assertThat(rejections).isEmpty();
    assertThat(reader.rejectedLines()).isZero();
  }

  @Test
  void blankLinesFollowedByDataAreRejectedWithTheirLineNumbers() {
    StationFileReader reader = reader(lines(day("19850101"), "", "  ", day("19850102")));

    assertThat(dates(drain(reader))).containsExactly(LocalDate.of(1985, 1, 1), LocalDate.of(1985, 1, 2));
    assertThat(rejections).extracting(Rejection::lineNumber).containsExactly(2L, 3L);
    assertThat(rejections).allSatisfy(r -> {
      assertThat(r.file()).isEqualTo(FILE);
      assertThat(r.reason()).contains("blank line");
    });
    assertThat(reader.acceptedLines()).isEqualTo(2);
    assertThat(reader.rejectedLines()).isEqualTo(2);
  }

  @Test
  void byteOrderMarkOnTheFirstLineIsIgnored() {
    StationFileReader reader = reader("\uFEFF" + lines(day("19850101"), day("19850102")));

    assertThat(dates(drain(reader))).containsExactly(LocalDate.of(1985, 1, 1), LocalDate.of(1985, 1, 2));
    assertThat(rejections).isEmpty();
  }

  @Test
  void windowsLineEndingsAreRead() {
    StationFileReader reader = reader(String.join("\r\n", "19850101\t-22\t-128\t94", "19850102\t10\t-5\t7", ""));

    List<Observation> observations = drain(reader);

    assertThat(rejections).isEmpty();
    assertThat(observations).extracting(Observation::precipitation)
        .containsExactly(
            Optional.of(Precipitation.ofTenthsMillimetre(94)),
            Optional.of(Precipitation.ofTenthsMillimetre(7)));
  }

  @Test
  void duplicateDateKeepsTheFirstLineAndRejectsTheLaterOne() {
    StationFileReader reader = reader(lines(
        "19850101\t100\t-50\t0",
        day("19850102"),
        "19850101\t200\t-60\t5"));

    List<Observation> observations = drain(reader);

    assertThat(dates(observations)).containsExactly(LocalDate.of(1985, 1, 1), LocalDate.of(1985, 1, 2));
    assertThat(observations.get(0).maxTemperature()).contains(Temperature.ofTenthsCelsius(100));
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(3);
      assertThat(r.reason()).contains("duplicate date").contains("line 1");
    });
  }

  @Test
  void dayWithMaxBelowMinIsKeptAndCountedAsWarning() {
    StationFileReader reader = reader(lines(
        "19850101\t-50\t10\t0",      // max below min
        "19850102\t10\t10\t0",       // equal is fine
        "19850103\t-9999\t10\t0",    // cannot compare
        "19850104\t20\t-10\t0"));

    assertThat(drain(reader)).hasSize(4);
    assertThat(rejections).isEmpty();
    assertThat(reader.maxBelowMinWarnings()).isEqualTo(1);
  }

  @Test
  void acceptedAndRejectedLinesAreCounted() {
    StationFileReader reader = reader(lines(
        day("19850101"),
        "1985-01-02\t-22\t-128\t94",
        day("19850103"),
        "19850104\t-22\t-128",
        day("19850105")));
 drain(reader);

    assertThat(reader.acceptedLines()).isEqualTo(3);
    assertThat(reader.rejectedLines()).isEqualTo(2);
    assertThat(rejections).extracting(Rejection::lineNumber).containsExactly(2L, 4L);
  }

  @Test
  void readFailureSurfacesAsUncheckedIoException() {
    Reader failsAfterFirstLine = new Reader() {
      private final StringReader content = new StringReader(lines(day("19850101")));

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int read = content.read(buffer, offset, length);
        if (read == -1) {
          throw new IOException("connection reset");
        }
        return read;
      }

      @Override
      public void close() {}
    };
    StationFileReader reader = new StationFileReader(STATION, FILE, new BufferedReader(failsAfterFirstLine),
        rejections::add);

    assertThat(reader.next().date()).isEqualTo(LocalDate.of(1985, 1, 1));
    assertThatThrownBy(reader::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(FILE)
        .hasRootCauseMessage("connection reset");
  }

  private StationFileReader reader(String content) {
    return new StationFileReader(STATION, FILE, new BufferedReader(new StringReader(content)), rejections::add);
  }

  private static String day(String date) {
    return date + "\t-22\t-128\t94";
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static List<Observation> drain(StationFileReader reader) {
    List<Observation> observations = new ArrayList<>();
    reader.forEachRemaining(observations::add);
    return observations;
  }

  private static List<LocalDate> dates(List<Observation> observations) {
    return observations.stream().map(Observation::date).toList();
  }
}
