package io.weatherdata.domain.station;

import java.math.BigDecimal;

/** A place on the Earth in decimal degrees: latitude -90 to 90, longitude -180 to 180. */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {
  /** The mean Earth radius (IUGG), the usual sphere for great-circle distances. */
  public static final double EARTH_RADIUS_KM = 6371.0088;
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

  public GeoPoint {
    if (latitude == null || latitude.abs().compareTo(NINETY) > 0) {
      throw new IllegalArgumentException("a latitude is between -90 and 90 degrees, got " + latitude);
    }
    if (longitude == null || longitude.abs().compareTo(ONE_EIGHTY) > 0) {
      throw new IllegalArgumentException("a longitude is between -180 and 180 degrees, got " + longitude);
    }
  }

  /** The great-circle (haversine) distance on a sphere of {@link #EARTH_RADIUS_KM}. */
  public double distanceKm(GeoPoint other) {
    double lat1 = Math.toRadians(latitude.doubleValue());
    double lat2 = Math.toRadians(other.latitude.doubleValue());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
    double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
