package io.weatherdata.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code {"data": [...], "page": {"page_size": 100, "next_cursor": "…", "total": 10950}}}. */
public record PageJson<T extends CsvRow>(
    List<T> data, PageInfo page, @JsonIgnore List<String> csvHeader) {

  @Schema(name = "PageInfo")
  public record PageInfo(
      @JsonProperty("page_size") @Schema(
          description = "items per page as requested (default 100, at most 1000)") int pageSize,
      @JsonProperty("next_cursor") @JsonInclude(JsonInclude.Include.ALWAYS)
      @Schema(description = "pass as cursor= for the next page; null on the last page",
          nullable = true) String nextCursor,
      @Schema(description = "number of items matching the filters, over all pages") long total) {}
}
