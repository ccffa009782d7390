package io.weatherdata.adapter.in.rest;

import io.swagger.v3.oas.annotations.Parameter;
import io.weatherdata.domain.station.StationId;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The station filters the weather listings share: by id and by state (the base of their parameter beans). */
public class StationSelection extends StateSelection {
  static final String STATION_ID = "station_id";

  @QueryParam(STATION_ID)
  @Parameter(description = "one station id, a comma list, or the parameter repeated (at most 200)",
      example = "USC00110072")
  public List<String> stationIds;

  List<StationId> stations() {
    return QueryParameters.stations(STATION_ID, stationIds);
  }
}
