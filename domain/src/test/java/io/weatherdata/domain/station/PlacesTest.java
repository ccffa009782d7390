package io.weatherdata.domain.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {
  @Test
  void greatCircleDistancesMatchKnownValues() {
    GeoPoint chicago = point("41.8781", "-87.6298");
    GeoPoint desMoines = point("41.5868", "-93.6250");
    // Haversine on the 6371.0088 km sphere; the two cities are about 499 km apart.
    assertThat(chicago.distanceKm(desMoines)).isCloseTo(499.0, within(2.0));
    assertThat(chicago.distanceKm(chicago)).isZero();
    assertThat(point("0", "0").distanceKm(point("0", "180"))).isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM,
        within(1e-6));
    assertThat(point("0", "0").distanceKm(point("90", "0"))).isCloseTo(Math.PI / 2 * GeoPoint.EARTH_RADIUS_KM,
        within(1e-6));
  }

  @ParameterizedTest
  @CsvSource({"90.0001, 0, latitude", "-91, 0, latitude", "0, 180.5, longitude", "0, -181, longitude"})
  void coordinatesOutsideTheGlobeAreRefused(String latitude, String longitude, String named) {
    assertThatThrownBy(() -> point(latitude, longitude)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named);
  }

  @Test
  void aBoxHoldsItsEdgesAndRefusesCornersInTheWrongOrder() {
    BoundingBox box = new BoundingBox(point("36", "-92"), point("43", "-87"));
    assertThat(box.contains(point("36", "-92"))).isTrue();
    assertThat(box.contains(point("43", "-87"))).isTrue();
    assertThat(box.contains(point("43.0001", "-90"))).isFalse();
    assertThatThrownBy(() -> new BoundingBox(point("36", "-87"), point("43", "-92")))
        .hasMessageContaining("longitude");
    assertThatThrownBy(() -> new BoundingBox(point("43", "-92"), point("36", "-87")))
        .hasMessageContaining("latitude");
  }

  @ParameterizedTest
  @CsvSource({"0", "-1", "500.001", "NaN"})
  void aRadiusIsMoreThanZeroAndAtMost500Km(double radius) {
    assertThatThrownBy(() -> new Proximity(point("41", "-87"), radius)).hasMessageContaining("radius");
  }

  @Test
  void theLargestRadiusIsAccepted() {
    assertThat(new Proximity(point("41", "-87"), 500).radiusKm()).isEqualTo(500);
  }

  private static GeoPoint point(String latitude, String longitude) {
    return new GeoPoint(new BigDecimal(latitude), new BigDecimal(longitude));
  }
}
