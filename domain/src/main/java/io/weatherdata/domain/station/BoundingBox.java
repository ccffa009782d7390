package io.weatherdata.domain.station;

/** A longitude/latitude rectangle, edges included; it does not cross the antimeridian. */
public record BoundingBox(GeoPoint southWest, GeoPoint northEast) {
  public BoundingBox {
    if (southWest.longitude().compareTo(northEast.longitude()) > 0) {
      throw new IllegalArgumentException("the western longitude " + southWest.longitude()
          + " is east of the eastern longitude " + northEast.longitude());
    }
    if (southWest.latitude().compareTo(northEast.latitude()) > 0) {
      throw new IllegalArgumentException("the southern latitude " + southWest.latitude()
          + " is north of the northern latitude " + northEast.latitude());
    }
  }

  public boolean contains(GeoPoint point) {
    return point.latitude().compareTo(southWest.latitude()) >= 0
        && point.latitude().compareTo(northEast.latitude()) <= 0
        && point.longitude().compareTo(southWest.longitude()) >= 0
        && point.longitude().compareTo(northEast.longitude()) <= 0;
  }
}
