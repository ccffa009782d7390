package io.weatherdata.domain.paging;

import java.util.List;
import java.util.Objects;

/** One page of a listing: its items, whether more follow, and how many items match in all. */
public record Page<T>(List<T> items, boolean hasMore, long total) {
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }
}
