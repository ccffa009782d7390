package io.weatherdata.domain.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
