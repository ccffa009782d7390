package io.weatherdata.application.agronomy.model;

/** The keyset-paged agronomy listings, each with its own key order. */
public enum AgronomyListing {
  /** Station, year, month. */
  MONTHLY,
  /** Station, year, month: the months with at least one counting measure. */
  ANOMALIES,
  /** Station, year. */
  SEASONS,
  /** Station, month. */
  NORMALS
}
