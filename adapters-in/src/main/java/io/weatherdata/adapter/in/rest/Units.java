package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * {@code units=metric} (the default: °C, mm, cm, m) or {@code units=imperial} (°F, inches, feet), converted
 * exactly from the stored decimals and rounded half-up once; field names say the unit ({@code max_temp_f}).
 */
public enum Units {
  METRIC, IMPERIAL;

  static final String PARAMETER = "units";

  /** A stored value in other units: null stays null. */
  static BigDecimal converted(BigDecimal value, UnaryOperator<BigDecimal> conversion) {
    return value == null ? null : conversion.apply(value);
  }

  /** The JAX-RS parameter bean of an endpoint that serves measurements. */
  public static final class Param {
    @QueryParam(PARAMETER)
    @Parameter(description = "metric (°C, mm, cm, m; the default) or imperial (°F, in, ft); field names say the unit",
        schema = @Schema(type = "string", allowableValues = {"metric", "imperial"}, defaultValue = "metric"))
    public String units;

    Units value() {
      if (units == null || units.equals("metric")) {
        return METRIC;
      }
      if (units.equals("imperial")) {
        return IMPERIAL;
      }
      throw new InvalidParameterException(PARAMETER, "must be metric or imperial, got '"
          + QueryParameters.printable(units) + "'");
    }
  }
}
