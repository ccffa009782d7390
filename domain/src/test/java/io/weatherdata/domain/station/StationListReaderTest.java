package io.weatherdata.domain.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weatherdata.domain.observation.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StationListReaderTest {
  private static final String FILE = "ghcnd-stations.txt";

  private final List<Rejection> rejections = new ArrayList<>();

  @Test
  void fullLineBecomesStationMetadataWithEveryField() {
    String line = row().gsn("GSN").hcnCrn("HCN").wmo("72530").text();
    assertThat(line).hasSize(StationListReader.LINE_LENGTH);

    List<StationMetadata> stations = drain(reader(lines(line)));

    assertThat(rejections).isEmpty();
    assertThat(stations).containsExactly(new StationMetadata(
        new StationId("USC00990001"),
        "PRAIRIE HOLLOW 2 NE",
        Optional.of("IL"),
        new BigDecimal("41.2500"),
        new BigDecimal("-90.7500"),
        Optional.of(new BigDecimal("223.7")),
        Optional.of("GSN"),
        Optional.of("HCN"),
        Optional.of("72530")));
  }

  @Test
  void blankOptionalColumnsBecomeEmpty() {
    String line = row().state("").gsn("").hcnCrn("").wmo("").text();
    assertThat(line).hasSize(StationListReader.LINE_LENGTH);

    StationMetadata station = drain(reader(lines(line))).get(0);

    assertThat(station.state()).isEmpty();
    assertThat(station.gsnFlag()).isEmpty();
    assertThat(station.hcnCrnFlag()).isEmpty();
    assertThat(station.wmoId()).isEmpty();
  }

  @Test
  void unknownElevationBecomesEmpty() {
    StationMetadata station = drain(reader(lines(row().elevation("-999.9").text()))).get(0);

    assertThat(rejections).isEmpty();
    assertThat(station.elevationM()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-12.0", "0.0", "4301.0", "5"})
  void knownElevationIsKeptExactly(String metres) {
    StationMetadata station = drain(reader(lines(row().elevation(metres).text()))).get(0);

    assertThat(station.elevationM()).contains(new BigDecimal(metres));
  }

  @Test
  void nameIsTrimmedOfThePaddingInItsColumns() {
    StationMetadata station = drain(reader(lines(row().name("  OAK  RIDGE ").text()))).get(0);

    assertThat(station.name()).isEqualTo("OAK  RIDGE");
  }

  static Stream<Arguments> linesWithTrailingSpacesTrimmed() {
    return Stream.of(
        Arguments.of(row().gsn("").hcnCrn("").wmo("").text().stripTrailing(), 60, Optional.empty(), Optional.empty()),
        Arguments.of(row().name("X").gsn("").hcnCrn("").wmo("").text().stripTrailing(), 42, Optional.empty(), Optional
            .empty()),
        Arguments.of(row().gsn("GSN").hcnCrn("").wmo("").text().stripTrailing(), 75, Optional.of("GSN"), Optional
            .empty()),
        Arguments.of(row().gsn("").hcnCrn("CRN").wmo("").text().stripTrailing(), 79, Optional.empty(),
            Optional.of("CRN")));
  }

  @ParameterizedTest
  @MethodSource("linesWithTrailingSpacesTrimmed")
  void lineShortenedByTrimmedBlankTrailingFieldsIsAccepted(
      String line, int length, Optional<String> gsn, Optional<String> hcnCrn) {
    assertThat(line).hasSize(length);

    List<StationMetadata> stations = drain(reader(lines(line)));

    assertThat(rejections).isEmpty();
    assertThat(stations).singleElement().satisfies(station -> {
      assertThat(station.gsnFlag()).isEqualTo(gsn);
      assertThat(station.hcnCrnFlag()).isEqualTo(hcnCrn);
      assertThat(station.wmoId()).isEmpty();
    });
  }

  @Test
  void goodLinesStreamInFileOrder() {
    StationListReader reader = reader(lines(row().id("USC00990001").text(), row().id("USC00990002").text(),
        row().id("CA001234567").state("").text()));

    assertThat(ids(drain(reader))).containsExactly("USC00990001", "USC00990002", "CA001234567");
    assertThat(rejections).isEmpty();
    assertThat(reader.acceptedLines()).isEqualTo(3);
    assertThat(reader.rejectedLines()).isZero();
  }

  @Test
  void byteOrderMarkOnTheFirstLineIsIgnored() {
    StationListReader reader = reader("\uFEFF" + lines(row().id("USC00990001").text(), row().id("USC00990002").text()));

    assertThat(ids(drain(reader))).containsExactly("USC00990001", "USC00990002");
    assertThat(rejections).isEmpty();
  }

  @Test
  void windowsLineEndingsAreRead() {
    StationListReader reader = reader(String.join("\r\n",
        row().id("USC00990001").text(), row().id("USC00990002").wmo("").text().stripTrailing(), ""));

    List<StationMetadata> stations = drain(reader);

    assertThat(rejections).isEmpty();
    assertThat(ids(stations)).containsExactly("USC00990001", "USC00990002");
    assertThat(stations).extracting(StationMetadata::hcnCrnFlag).containsOnly(Optional.of("HCN"));
  }

  @Test
  void blankLinesAtTheEndAreNotRejections() {
    StationListReader reader = reader(lines(row().id("USC00990001").text(), "", "   ", "\t", ""));

    assertThat(drain(reader)).hasSize(1);
    assertThat(rejections).isEmpty();
    assertThat(reader.rejectedLines()).isZero();
  }

  @Test
  void blankLinesFollowedByDataAreRejectedWithTheirLineNumbers() {
    StationListReader reader = reader(lines(row().id("USC00990001").text(), "", "  ", row().id("USC00990002").text()));

    assertThat(ids(drain(reader))).containsExactly("USC00990001", "USC00990002");
    assertThat(rejections).extracting(Rejection::lineNumber).containsExactly(2L, 3L);
    assertThat(rejections).allSatisfy(r -> {
      assertThat(r.file()).isEqualTo(FILE);
      assertThat(r.reason()).contains("blank line");
    });
    assertThat(reader.acceptedLines()).isEqualTo(2);
    assertThat(reader.rejectedLines()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 11, 20, 30, 37, 40, 41})
  void lineTooShortToHoldIdCoordinatesAndNameIsRejectedWithItsLineNumber(int length) {
    String cut = row().text().substring(0, length);

    StationListReader reader = reader(lines(row().id("USC00990001").text(), cut));

    assertThat(drain(reader)).hasSize(1);
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(2);
      assertThat(r.reason()).contains("too short").contains(cut.stripTrailing().length() + " characters");
    });
  }

  @Test
  void blankNameIsRejectedEvenWhenLaterColumnsAreFilled() {
    assertRejected(row().name("").text(), "station name");
  }

  static Stream<Arguments> nonNumericNumbers() {
    return Stream.of(
        Arguments.of(row().latitude("41.2O69"), "latitude"),
        Arguments.of(row().latitude(""), "latitude"),
        Arguments.of(row().latitude("4.1E+01"), "latitude"),
        Arguments.of(row().latitude("--41.25"), "latitude"),
        Arguments.of(row().latitude("41."), "latitude"),
        Arguments.of(row().latitude("+41.25"), "latitude"),
        Arguments.of(row().longitude("W90.7500"), "longitude"),
        Arguments.of(row().longitude("NaN"), "longitude"),
        Arguments.of(row().longitude("-"), "longitude"),
        Arguments.of(row().elevation("n/a"), "elevation"),
        Arguments.of(row().elevation(""), "elevation"),
        Arguments.of(row().elevation(".5"), "elevation"));
  }

  @ParameterizedTest
  @MethodSource("nonNumericNumbers")
  void nonNumericCoordinateOrElevationIsRejectedNamingTheField(Row row, String field) {
    assertRejected(row.text(), field + " is not a decimal number");
  }

  static Stream<Arguments> outOfRangeCoordinates() {
    return Stream.of(
        Arguments.of(row().latitude("90.0001"), "latitude"),
        Arguments.of(row().latitude("-90.0001"), "latitude"),
        Arguments.of(row().latitude("-999.9"), "latitude"),
        Arguments.of(row().longitude("180.0001"), "longitude"),
        Arguments.of(row().longitude("-181.0000"), "longitude"));
  }

  @ParameterizedTest
  @MethodSource("outOfRangeCoordinates")
  void coordinateOutOfRangeIsRejectedNamingTheField(Row row, String field) {
    assertRejected(row.text(), field + " must be between");
  }

  @Test
  void coordinatesAtTheirLimitsAreAccepted() {
    List<StationMetadata> stations = drain(reader(lines(
        row().id("USC00990001").latitude("90.0000").longitude("180.0000").text(),
        row().id("USC00990002").latitude("-90.0000").longitude("-180.0000").text())));

    assertThat(rejections).isEmpty();
    assertThat(stations).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"usc00990001", "U5C00990001", "USC0099000-", "12345678901", "USC 0990001", "USC0099000"})
  void malformedStationIdIsRejectedByTheStationIdRule(String id) {
    assertRejected(row().id(id).text(), "2 letters then 9 letters or digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"il", "I", "1L"})
  void stateThatIsNotTwoUpperCaseLettersIsRejected(String state) {
    assertRejected(row().state(state).text(), "state");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234X", "7253"})
  void wmoIdThatIsNotFiveDigitsIsRejected(String wmo) {
    assertRejected(row().wmo(wmo).text(), "WMO id");
  }

  @Test
  void wmoIdCutShortByTheEndOfTheLineIsRejected() {
    assertRejected(row().wmo("72530").text().substring(0, 83), "WMO id");
  }

  @Test
  void unknownFlagsAreRejected() {
    assertRejected(row().gsn("XYZ").text(), "GSN flag");
    rejections.clear();
    assertRejected(row().hcnCrn("ABC").text(), "HCN/CRN flag");
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 21, 31, 38, 41, 72, 76, 80})
  void fieldRunningIntoItsSeparatorColumnIsRejectedAsMisaligned(int column) {
    StringBuilder line = new StringBuilder(row().gsn("GSN").wmo("72530").text());
    line.setCharAt(column - 1, '7');

    assertRejected(line.toString(), "column " + column);
  }

  @Test
  void lineShiftedByOneColumnIsRejected() {
    assertRejected(" " + row().text().stripTrailing(), "column 12");
    rejections.clear();
    assertRejected(row().text().substring(0, 11) + row().text().substring(12), "column");
  }

  @Test
  void lineLongerThanEightyFiveColumnsIsRejected() {
    assertRejected(row().wmo("72530").text() + "9", "longer than the 85 columns");
  }

  @Test
  void duplicateStationIdKeepsTheFirstLineAndRejectsTheLaterOne() {
    StationListReader reader = reader(lines(
        row().id("USC00990001").name("FIRST").text(),
        row().id("USC00990002").text(),
        row().id("USC00990001").name("SECOND").text()));

    List<StationMetadata> stations = drain(reader);

    assertThat(ids(stations)).containsExactly("USC00990001", "USC00990002");
    assertThat(stations.get(0).name()).isEqualTo("FIRST");
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(3);
      assertThat(r.reason()).contains("duplicate station USC00990001").contains("line 1");
    });
    assertThat(reader.acceptedLines()).isEqualTo(2);
    assertThat(reader.rejectedLines()).isEqualTo(1);
  }

  @Test
  void acceptedAndRejectedLinesAreCounted() {
    StationListReader reader = reader(lines(
        row().id("USC00990001").text(),
        row().id("USC00990002").latitude("abc").text(),
        row().id("USC00990003").text(),
        "USC00990004",
        row().id("USC00990005").text()));
 drain(reader);

    assertThat(reader.acceptedLines()).isEqualTo(3);
    assertThat(reader.rejectedLines()).isEqualTo(2);
    assertThat(rejections).extracting(Rejection::lineNumber).containsExactly(2L, 4L);
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 50, 85, 300})
  void binaryGarbageIsRejectedWithAPrintableReasonAndReadingGoesOn(int bytes) {
    byte[] garbage = new byte[bytes];
    new Random(bytes).nextBytes(garbage);
    for (int i = 0; i < garbage.length; i++) {
      if (garbage[i] == '\n' || garbage[i] == '\r') {
        garbage[i] = 0;
      }
    }
    garbage[0] = 0;
    String garbageLine = new String(garbage, StandardCharsets.UTF_8);

    StationListReader reader = reader(lines(row().id("USC00990001").text(), garbageLine, row()
        .id("USC00990002").text()));

    assertThat(ids(drain(reader))).containsExactly("USC00990001", "USC00990002");
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(2);
      assertThat(r.reason()).doesNotContainPattern("\\p{Cntrl}");
    });
  }

  @Test
  void oneMegabyteLineIsRejectedWithAShortReason() {
    String huge = row().id("USC00990002").text() + "X".repeat(1 << 20);

    StationListReader reader = reader(lines(row().id("USC00990001").text(), huge, row().id("USC00990003").text()));

    assertThat(ids(drain(reader))).containsExactly("USC00990001", "USC00990003");
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(2);
      assertThat(r.reason()).contains("longer than").hasSizeLessThan(200);
    });
  }

  @Test
  void readFailureSurfacesAsUncheckedIoException() {
    Reader failsAfterFirstLine = new Reader() {
      private final StringReader content = new StringReader(lines(row().text()));

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
    StationListReader reader = new StationListReader(FILE, new BufferedReader(failsAfterFirstLine), rejections::add);

    assertThat(reader.next().id()).isEqualTo(new StationId("USC00990001"));
    assertThatThrownBy(reader::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(FILE)
        .hasRootCauseMessage("connection reset");
  }

  @Test
  void fullSizeStationListOf125000LinesParsesToOneRecordEach() {
    int count = 125_000;
    StringBuilder content = new StringBuilder(count * (StationListReader.LINE_LENGTH + 1));
    for (int i = 0; i < count; i++) {
      Row row = row()
          .id(String.format(Locale.ROOT, "US%09d", i))
          .latitude(BigDecimal.valueOf(i % 1_800_001 - 900_000, 4).toPlainString())
          .longitude(BigDecimal.valueOf(i * 29L % 3_600_001 - 1_800_000, 4).toPlainString())
          .elevation(i % 10 == 0 ? "-999.9" : BigDecimal.valueOf(i % 50_000, 1).toPlainString())
          .state(i % 3 == 0 ? "" : "IA")
          .name("SYNTHETIC STATION " + i)
          .gsn(i % 7 == 0 ? "GSN" : "")
          .hcnCrn(i % 2 == 0 ? "HCN" : "CRN")
          .wmo(i % 5 == 0 ? String.format(Locale.ROOT, "%05d", i % 100_000) : "");
      content.append(i % 4 == 0 ? row.text().stripTrailing() : row.text()).append('\n');
    }

    StationListReader reader = reader(content.toString());
    long stations = 0;
    while (reader.hasNext()) {
      reader.next();
      stations++;
    }

    assertThat(rejections).isEmpty();
    assertThat(stations).isEqualTo(count);
    assertThat(reader.acceptedLines()).isEqualTo(count);
  }

  private void assertRejected(String line, String reasonPart) {
    StationListReader reader = reader(lines(line));

    assertThat(drain(reader)).isEmpty();
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.file()).isEqualTo(FILE);
      assertThat(r.lineNumber()).isEqualTo(1);
      assertThat(r.reason()).contains(reasonPart);
    });
    assertThat(reader.rejectedLines()).isEqualTo(1);
  }

  private StationListReader reader(String content) {
    return new StationListReader(FILE, new BufferedReader(new StringReader(content)), rejections::add);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static List<StationMetadata> drain(StationListReader reader) {
    List<StationMetadata> stations = new ArrayList<>();
    reader.forEachRemaining(stations::add);
    return stations;
  }

  private static List<String> ids(List<StationMetadata> stations) {
    return stations.stream().map(s -> s.id().value()).toList();
  }

  private static Row row() {
    return new Row("USC00990001", "41.2500", "-90.7500", "223.7", "IL", "PRAIRIE HOLLOW 2 NE", "", "HCN", "");
  }

  /** The columns of one station-list line, laid out exactly as NOAA's fixed-width format by {@link #text()}. */
  record Row(String id, String latitude, String longitude, String elevation, String state, String name,
             String gsn, String hcnCrn, String wmo) {
 String text() {
      return String.format(Locale.ROOT, "%-11s %8s %9s %6s %-2s %-30s %-3s %-3s %-5s",
          id, latitude, longitude, elevation, state, name, gsn, hcnCrn, wmo);
    }

    Row id(String value) {
      return new Row(value, latitude, longitude, elevation, state, name, gsn, hcnCrn, wmo);
    }

    Row latitude(String value) {
      return new Row(id, value, longitude, elevation, state, name, gsn, hcnCrn, wmo);
    }

    Row longitude(String value) {
      return new Row(id, latitude, value, elevation, state, name, gsn, hcnCrn, wmo);
    }

    Row elevation(String value) {
      return new Row(id, latitude, longitude, value, state, name, gsn, hcnCrn, wmo);
    }

    Row state(String value) {
      return new Row(id, latitude, longitude, elevation, value, name, gsn, hcnCrn, wmo);
    }

    Row name(String value) {
      return new Row(id, latitude, longitude, elevation, state, value, gsn, hcnCrn, wmo);
    }

    Row gsn(String value) {
      return new Row(id, latitude, longitude, elevation, state, name, value, hcnCrn, wmo);
    }

    Row hcnCrn(String value) {
      return new Row(id, latitude, longitude, elevation, state, name, gsn, value, wmo);
    }

    Row wmo(String value) {
      return new Row(id, latitude, longitude, elevation, state, name, gsn, hcnCrn, value);
    }
  }
}
