package io.weatherdata.domain.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StationMetadataTest {
  private static final StationId ID = new StationId("USC00990001");

  @Test
  void everyFieldIsKeptExactly() {
    StationMetadata station = new StationMetadata(ID, "PRAIRIE HOLLOW", Optional.of("IL"),
        new BigDecimal("41.2500"), new BigDecimal("-90.7500"), Optional.of(new BigDecimal("223.7")),
        Optional.of("GSN"), Optional.of("HCN"), Optional.of("72530"));

    assertThat(station.id()).isEqualTo(ID);
    assertThat(station.name()).isEqualTo("PRAIRIE HOLLOW");
    assertThat(station.state()).contains("IL");
    assertThat(station.latitude()).isEqualTo(new BigDecimal("41.2500"));
    assertThat(station.longitude()).isEqualTo(new BigDecimal("-90.7500"));
    assertThat(station.elevationM()).contains(new BigDecimal("223.7"));
    assertThat(station.gsnFlag()).contains("GSN");
    assertThat(station.hcnCrnFlag()).contains("HCN");
    assertThat(station.wmoId()).contains("72530");
  }

  @Test
  void nameIsTrimmed() {
    assertThat(station("  PRAIRIE HOLLOW   ").name()).isEqualTo("PRAIRIE HOLLOW");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankNameIsRejectedNamingTheField(String name) {
    assertThatThrownBy(() -> station(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("station name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-90", "90", "0", "-90.0000", "90.0000", "45.1234"})
  void latitudesFromSouthToNorthPoleAreAccepted(String latitude) {
    assertThat(at(new BigDecimal(latitude), BigDecimal.ZERO).latitude()).isEqualTo(new BigDecimal(latitude));
  }

  @ParameterizedTest
  @ValueSource(strings = {"90.0001", "-90.0001", "91", "-180", "999.9"})
  void latitudesBeyondThePolesAreRejectedNamingTheField(String latitude) {
    assertThatThrownBy(() -> at(new BigDecimal(latitude), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude")
        .hasMessageContaining(latitude);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-180", "180", "-180.0000", "180.0000", "-90.7419"})
  void longitudesAroundTheGlobeAreAccepted(String longitude) {
    assertThat(at(BigDecimal.ZERO, new BigDecimal(longitude)).longitude()).isEqualTo(new BigDecimal(longitude));
  }

  @ParameterizedTest
  @ValueSource(strings = {"180.0001", "-180.0001", "360"})
  void longitudesBeyondTheDateLineAreRejectedNamingTheField(String longitude) {
    assertThatThrownBy(() -> at(BigDecimal.ZERO, new BigDecimal(longitude)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longitude");
  }

  @Test
  void missingCoordinatesAreRejectedNamingTheField() {
    assertThatThrownBy(() -> at(null, BigDecimal.ZERO)).hasMessageContaining("latitude");
    assertThatThrownBy(() -> at(BigDecimal.ZERO, null)).hasMessageContaining("longitude");
  }

  @ParameterizedTest
  @ValueSource(strings = {"il", "I", "ILL", "I1", "1L", " I", "É1"})
  void stateThatIsNotTwoUpperCaseLettersIsRejected(String state) {
    assertThatThrownBy(() -> with(Optional.of(state), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("state");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "123456", "1234X", "12 45"})
  void wmoIdThatIsNotFiveDigitsIsRejected(String wmoId) {
    assertThatThrownBy(() -> with(Optional.empty(), Optional.empty(), Optional.of(wmoId)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WMO id");
  }

  @Test
  void unknownElevationSentinelIsNeverHeld() {
    assertThatThrownBy(() -> elevation(new BigDecimal("-999.9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("elevation");
    assertThatThrownBy(() -> elevation(new BigDecimal("-999.90"))).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-12.5", "0", "4301.0"})
  void knownElevationsIncludingBelowSeaLevelAreKept(String metres) {
    assertThat(elevation(new BigDecimal(metres)).elevationM()).contains(new BigDecimal(metres));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gsn", "GS", "XYZ", "HCN"})
  void gsnFlagOtherThanGsnIsRejected(String flag) {
    assertThatThrownBy(() -> flags(Optional.of(flag), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GSN flag");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HCN", "CRN"})
  void hcnOrCrnFlagIsAccepted(String flag) {
    assertThat(flags(Optional.empty(), Optional.of(flag)).hcnCrnFlag()).contains(flag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hcn", "GSN", "HC", "XYZ"})
  void hcnCrnFlagOtherThanHcnOrCrnIsRejected(String flag) {
    assertThatThrownBy(() -> flags(Optional.empty(), Optional.of(flag)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HCN/CRN flag");
  }

  @Test
  void missingIdIsRejectedNamingTheField() {
    assertThatThrownBy(() -> new StationMetadata(null, "PRAIRIE HOLLOW", Optional.empty(), BigDecimal.ZERO,
        BigDecimal.ZERO, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("station id");
  }

  @Test
  void nullInsteadOfEmptyOptionalIsRejectedNamingTheField() {
    assertThatThrownBy(() -> with(null, Optional.empty(), Optional.empty())).hasMessageContaining("state");
    assertThatThrownBy(() -> with(Optional.empty(), Optional.empty(), null)).hasMessageContaining("WMO id");
    assertThatThrownBy(() -> flags(null, Optional.empty())).hasMessageContaining("GSN flag");
    assertThatThrownBy(() -> flags(Optional.empty(), null)).hasMessageContaining("HCN/CRN flag");
    assertThatThrownBy(() -> elevationOptional(null)).hasMessageContaining("elevation");
  }

  private static StationMetadata station(String name) {
    return new StationMetadata(ID, name, Optional.empty(), BigDecimal.ZERO, BigDecimal.ZERO,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static StationMetadata at(BigDecimal latitude, BigDecimal longitude) {
    return new StationMetadata(ID, "PRAIRIE HOLLOW", Optional.empty(), latitude, longitude,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static StationMetadata with(Optional<String> state, Optional<BigDecimal> elevation, Optional<String> wmoId) {
    return new StationMetadata(ID, "PRAIRIE HOLLOW", state, BigDecimal.ZERO, BigDecimal.ZERO,
        elevation, Optional.empty(), Optional.empty(), wmoId);
  }

  private static StationMetadata elevation(BigDecimal metres) {
    return elevationOptional(Optional.of(metres));
  }

  private static StationMetadata elevationOptional(Optional<BigDecimal> metres) {
    return with(Optional.empty(), metres, Optional.empty());
  }

  private static StationMetadata flags(Optional<String> gsn, Optional<String> hcnCrn) {
    return new StationMetadata(ID, "PRAIRIE HOLLOW", Optional.empty(), BigDecimal.ZERO, BigDecimal.ZERO,
        Optional.empty(), gsn, hcnCrn, Optional.empty());
  }
}
