package io.weatherdata.domain.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StationIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"USC00110072", "USW00094846", "CA1AB000001"})
  void twoLettersThenNineLettersOrDigitsAreAccepted(String value) {
    assertThat(new StationId(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
      "'  USC00110072  ', USC00110072",
      "usc00110072,       USC00110072",
      "'\tuSc00110072 ', USC00110072"
  })
  void ofTrimsAndUpperCases(String input, String expected) {
    assertThat(StationId.of(input)).isEqualTo(new StationId(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "USC0011007",    // 10 characters
      "USC001100721",  // 12 characters
      "usc00110072",   // lower case reaches the constructor unnormalised
      "U5C00110072",   // the first two must be letters
      "USC0011007-",   // symbol
      "USC 0110072",   // inner space
      " USC00110072",  // the constructor does not trim
      ""
  })
  void malformedIdsAreRejectedNamingTheField(String value) {
    assertThatThrownBy(() -> new StationId(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("station id");
  }

  @Test
  void everyCharacterAtEveryPositionIsJudgedAsTheFormatSays() {
    Pattern format = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}");
    String valid = "USC00110072";
    int judged = 0;
    for (int position = 0; position < valid.length(); position++) {
      for (char c : "@AZ[`az{/09: \u00c4\uff21\u0663".toCharArray()) {
        String id = valid.substring(0, position) + c + valid.substring(position + 1);
        boolean accepted;
        try {
          new StationId(id);
          accepted = true;
        } catch (IllegalArgumentException rejected) {
          accepted = false;
        }
        assertThat(accepted).as(id).isEqualTo(format.matcher(id).matches());
        judged++;
      }
    }
    assertThat(judged).isEqualTo(11 * 16);
  }

  @Test
  void nullIsRejectedNamingTheField() {
    assertThatThrownBy(() -> new StationId(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("station id");
    assertThatThrownBy(() -> StationId.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("station id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"USC00110072.txt", "some/prefix/USC00110072.txt"})
  void stationIsTakenFromTheFileName(String fileName) {
    assertThat(StationId.fromFileName(fileName)).isEqualTo(new StationId("USC00110072"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"notes.txt", "USC00110072.csv", "USC00110072", "USC00110072.txt/", "prefix/.txt"})
  void fileNamesThatAreNotAStationFileAreRejected(String fileName) {
    assertThatThrownBy(() -> StationId.fromFileName(fileName)).isInstanceOf(IllegalArgumentException.class);
  }
}
