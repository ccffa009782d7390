package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The {@code state} filter: stations of some US states, by the station list (a JAX-RS parameter bean). */
public class StateSelection {
  static final String STATE = "state";

  @QueryParam(STATE)
  @Parameter(description = "stations of these US states (two letters; a comma list or repeated), by the station "
      + "list", example = "IL")
  public List<String> states;

  List<String> stateCodes() {
    return QueryParameters.states(STATE, states);
  }
}
