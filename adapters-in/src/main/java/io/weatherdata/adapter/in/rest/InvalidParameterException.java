package io.weatherdata.adapter.in.rest;

/** A request parameter that cannot be used as given: becomes a 400 problem naming it. */
public final class InvalidParameterException extends RuntimeException {
  private final String parameter;

  public InvalidParameterException(String parameter, String reason) {
    super(reason);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
