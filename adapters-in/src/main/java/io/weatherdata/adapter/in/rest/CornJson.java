package io.weatherdata.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.domain.corn.CornProduction;
import java.math.BigDecimal;

@Schema(name = "CornProduction", description = "US corn grain production in one year")
public record CornJson(
    @Schema(example = "1985") int year,
    @JsonProperty("production_kt") @Schema(description = "thousands of metric tons (kt)", example = "225447")
    BigDecimal productionKt)
    implements CsvRow {

  static CornJson from(CornProduction c) {
    return new CornJson(c.year(), c.productionKt());
  }
}
