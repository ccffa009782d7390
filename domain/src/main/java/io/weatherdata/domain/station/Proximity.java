package io.weatherdata.domain.station;

/** Within {@code radiusKm} (great-circle) of a point: more than 0, at most {@value #MAX_RADIUS_KM} km. */
public record Proximity(GeoPoint center, double radiusKm) {
  public static final double DEFAULT_RADIUS_KM = 50;
  public static final double MAX_RADIUS_KM = 500;

  public Proximity {
    if (center == null) {
      throw new IllegalArgumentException("a centre point is required");
    }
    if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
      throw new IllegalArgumentException("a radius is more than 0 and at most " + (int) MAX_RADIUS_KM + " km, got "
          + radiusKm);
    }
  }
}
