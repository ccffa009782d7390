package io.weatherdata.domain.paging;

import java.util.List;
import java.util.Objects;

/** The items of one page and whether more follow (a {@link Page} without its total). */
public record Slice<T>(List<T> items, boolean hasMore) {
  public Slice {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }
}
