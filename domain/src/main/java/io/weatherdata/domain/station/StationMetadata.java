package io.weatherdata.domain.station;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A station as NOAA's GHCN-Daily station list describes it: where it is, what it is called, and the networks it
 * belongs to. Coordinates are decimal degrees and the elevation metres, all held exactly as written. An unknown
 * elevation is {@link Optional#empty()}, never NOAA's {@code -999.9} marker; a blank state, flag or WMO id is
 * empty too. The name is trimmed.
 */
public record StationMetadata(StationId id,
    String name,
    Optional<String> state,
    BigDecimal latitude,
    BigDecimal longitude,
    Optional<BigDecimal> elevationM,
    Optional<String> gsnFlag,
    Optional<String> hcnCrnFlag,
    Optional<String> wmoId) {

  /** NOAA's marker for an unknown elevation; the parser turns it into an empty elevation. */
  public static final BigDecimal UNKNOWN_ELEVATION = new BigDecimal("-999.9");
  private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
  private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

  public StationMetadata {
    if (id == null) {
      throw new IllegalArgumentException("a station id is required");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a station name is required");
    }
    name = name.strip();
    requirePresentOrEmpty(state, "state");
    requirePresentOrEmpty(elevationM, "elevation");
    requirePresentOrEmpty(gsnFlag, "GSN flag");
    requirePresentOrEmpty(hcnCrnFlag, "HCN/CRN flag");
    requirePresentOrEmpty(wmoId, "WMO id");
    requireWithin(latitude, MAX_LATITUDE, "latitude");
    requireWithin(longitude, MAX_LONGITUDE, "longitude");
    state.ifPresent(StationMetadata::requireStateCode);
    elevationM.ifPresent(StationMetadata::requireKnownElevation);
    gsnFlag.ifPresent(flag -> requireOneOf(flag, "GSN flag", "GSN"));
    hcnCrnFlag.ifPresent(flag -> requireOneOf(flag, "HCN/CRN flag", "HCN", "CRN"));
    wmoId.ifPresent(StationMetadata::requireWmoId);
  }

  private static void requirePresentOrEmpty(Optional<?> value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("the " + field + " is either a value or empty, never null");
    }
  }

  private static void requireWithin(BigDecimal degrees, BigDecimal limit, String field) {
    if (degrees == null) {
      throw new IllegalArgumentException("a " + field + " is required");
    }
    if (degrees.abs().compareTo(limit) > 0) {
      throw new IllegalArgumentException(
          field + " must be between -" + limit + " and " + limit + " degrees, got " + degrees.toPlainString());
    }
  }

  private static void requireStateCode(String state) {
    if (state.length() != 2 || !isUpperCaseLetter(state.charAt(0)) || !isUpperCaseLetter(state.charAt(1))) {
      throw new IllegalArgumentException("a state is two upper-case letters (e.g. IL), got '" + state + "'");
    }
  }

  private static void requireKnownElevation(BigDecimal elevation) {
    if (elevation.compareTo(UNKNOWN_ELEVATION) == 0) {
      throw new IllegalArgumentException("an unknown elevation is empty, not " + UNKNOWN_ELEVATION + " m");
    }
  }

  private static void requireOneOf(String flag, String field, String... allowed) {
    for (String value : allowed) {
      if (value.equals(flag)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "a " + field + " is " + String.join(" or ", allowed) + " when present, got '" + flag + "'");
  }

  private static void requireWmoId(String wmoId) {
    boolean fiveDigits = wmoId.length() == 5;
    for (int i = 0; fiveDigits && i < 5; i++) {
      fiveDigits = wmoId.charAt(i) >= '0' && wmoId.charAt(i) <= '9';
    }
    if (!fiveDigits) {
      throw new IllegalArgumentException("a WMO id is 5 digits, got '" + wmoId + "'");
    }
  }

  private static boolean isUpperCaseLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
