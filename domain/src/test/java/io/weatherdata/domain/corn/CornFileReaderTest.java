package io.weatherdata.domain.corn;

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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CornFileReaderTest {
  private static final String FILE = "US_corn_grain_yield.txt";

  private final List<Rejection> rejections = new ArrayList<>();

  @Test
  void goodLinesStreamInFileOrderWithExactAmounts() {
    CornFileReader reader = reader(lines("1990\t201000", "1991\t190500", "1992\t240125.5"));

    assertThat(drain(reader)).containsExactly(
        new CornProduction(1990, new BigDecimal("201000")),
        new CornProduction(1991, new BigDecimal("190500")),
        new CornProduction(1992, new BigDecimal("240125.5")));
    assertThat(rejections).isEmpty();
    assertThat(reader.acceptedLines()).isEqualTo(3);
    assertThat(reader.rejectedLines()).isZero();
  }

  @Test
  void fieldsPaddedWithSpacesAreAccepted() {
    assertThat(drain(reader(lines(" 1990 \t  201000  "))))
        .containsExactly(new CornProduction(1990, new BigDecimal("201000")));
    assertThat(rejections).isEmpty();
  }

  @Test
  void byteOrderMarkOnTheFirstLineIsIgnored() {
    CornFileReader reader = reader("\uFEFF" + lines("1990\t201000", "1991\t190500"));

    assertThat(years(drain(reader))).containsExactly(1990, 1991);
    assertThat(rejections).isEmpty();
  }

  @Test
  void windowsLineEndingsAreRead() {
    CornFileReader reader = reader(String.join("\r\n", "1990\t201000", "1991\t190500", ""));

    assertThat(drain(reader)).extracting(CornProduction::productionKt)
        .containsExactly(new BigDecimal("201000"), new BigDecimal("190500"));
    assertThat(rejections).isEmpty();
  }

  @Test
  void blankLinesAtTheEndAreNotRejections() {
    CornFileReader reader = reader(lines("1990\t201000", "", "   ", "\t", ""));

    assertThat(drain(reader)).hasSize(1);
    assertThat(rejections).isEmpty();
    assertThat(reader.rejectedLines()).isZero();
  }

  @Test
  void blankLinesFollowedByDataAreRejectedWithTheirLineNumbers() {
    CornFileReader reader = reader(lines("1990\t201000", "", " ", "1991\t190500"));

    assertThat(years(drain(reader))).containsExactly(1990, 1991);
    assertThat(rejections).extracting(Rejection::lineNumber).containsExactly(2L, 3L);
    assertThat(rejections).allSatisfy(r -> {
      assertThat(r.file()).isEqualTo(FILE);
      assertThat(r.reason()).contains("blank line");
    });
    assertThat(reader.acceptedLines()).isEqualTo(2);
    assertThat(reader.rejectedLines()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1990|1",
      "1990 201000|1",
      "1990,201000|1",
      "1990\t201000\t7|3",
      "1990\t\t201000|3"
  })
  void wrongNumberOfColumnsIsRejected(String line, int columns) {
    assertRejected(line, "expected 2 tab-separated columns (year, production), found " + columns);
  }

  @ParameterizedTest
  @ValueSource(strings = {"199O\t201000", "\t201000", "1990.0\t201000", "-1990\t201000", "+1990\t201000",
      "1234567890\t201000"})
  void yearThatIsNotAWholeNumberIsRejected(String line) {
    assertRejected(line, "year is not a whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1990\t", "1990\tabc", "1990\t201,000", "1990\t2.01E5", "1990\t201000.", "1990\t.5",
      "1990\tNaN", "1990\t--5"})
  void productionThatIsNotADecimalNumberIsRejected(String line) {
    assertRejected(line, "production is not a decimal number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1990\t-1", "1990\t-201000.5"})
  void negativeProductionIsRejected(String line) {
    assertRejected(line, "must not be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1799\t201000", "2201\t201000", "19900\t201000"})
  void yearOutsideTheRangeIsRejected(String line) {
    assertRejected(line, "year must be between 1800 and 2200");
  }

  @Test
  void duplicateYearKeepsTheFirstLineAndRejectsTheLaterOne() {
    CornFileReader reader = reader(lines("1990\t201000", "1991\t190500", "1990\t999999"));

    List<CornProduction> productions = drain(reader);

    assertThat(productions).containsExactly(
        new CornProduction(1990, new BigDecimal("201000")),
        new CornProduction(1991, new BigDecimal("190500")));
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(3);
      assertThat(r.reason()).contains("duplicate year 1990").contains("line 1");
    });
  }

  @Test
  void acceptedAndRejectedLinesAreCounted() {
    CornFileReader reader = reader(lines("1990\t201000", "1991\tn/a", "1992\t240125", "1993", "1994\t255000"));
 drain(reader);

    assertThat(reader.acceptedLines()).isEqualTo(3);
    assertThat(reader.rejectedLines()).isEqualTo(2);
    assertThat(rejections).extracting(Rejection::lineNumber).containsExactly(2L, 4L);
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 40, 500})
  void binaryGarbageIsRejectedWithAPrintableReasonAndReadingGoesOn(int bytes) {
    byte[] garbage = new byte[bytes];
    new Random(bytes).nextBytes(garbage);
    for (int i = 0; i < garbage.length; i++) {
      if (garbage[i] == '\n' || garbage[i] == '\r') {
        garbage[i] = 0;
      }
    }
    garbage[0] = 0;

    CornFileReader reader = reader(lines("1990\t201000", new String(garbage, StandardCharsets.UTF_8), "1991\t190500"));

    assertThat(years(drain(reader))).containsExactly(1990, 1991);
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(2);
      assertThat(r.reason()).doesNotContainPattern("\\p{Cntrl}");
    });
  }

  @Test
  void oneMegabyteLineIsRejectedWithAShortReason() {
    String huge = "1991\t" + "9".repeat(1 << 20);

    CornFileReader reader = reader(lines("1990\t201000", huge, "1992\t240125"));

    assertThat(years(drain(reader))).containsExactly(1990, 1992);
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(2);
      assertThat(r.reason()).contains("longer than").hasSizeLessThan(200);
    });
  }

  @Test
  void readFailureSurfacesAsUncheckedIoException() {
    Reader failsAfterFirstLine = new Reader() {
      private final StringReader content = new StringReader(lines("1990\t201000"));

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
    CornFileReader reader = new CornFileReader(FILE, new BufferedReader(failsAfterFirstLine), rejections::add);

    assertThat(reader.next().year()).isEqualTo(1990);
    assertThatThrownBy(reader::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(FILE)
        .hasRootCauseMessage("connection reset");
  }

  private void assertRejected(String line, String reasonPart) {
    CornFileReader reader = reader(lines(line));

    assertThat(drain(reader)).isEmpty();
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.file()).isEqualTo(FILE);
      assertThat(r.lineNumber()).isEqualTo(1);
      assertThat(r.reason()).contains(reasonPart);
    });
    assertThat(reader.rejectedLines()).isEqualTo(1);
  }

  private CornFileReader reader(String content) {
    return new CornFileReader(FILE, new BufferedReader(new StringReader(content)), rejections::add);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static List<CornProduction> drain(CornFileReader reader) {
    List<CornProduction> productions = new ArrayList<>();
    reader.forEachRemaining(productions::add);
    return productions;
  }

  private static List<Integer> years(List<CornProduction> productions) {
    return productions.stream().map(CornProduction::year).toList();
  }
}
