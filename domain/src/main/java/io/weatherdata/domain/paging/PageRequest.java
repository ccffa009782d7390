package io.weatherdata.domain.paging;

import java.util.Objects;
import java.util.Optional;

/** Keyset paging: up to {@code size} items strictly after the key {@code after} in the listing's fixed order. */
public record PageRequest<K>(int size, Optional<K> after) {
  public static final int DEFAULT_SIZE = 100;
  public static final int MAX_SIZE = 1000;

  public PageRequest {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("a page holds 1 to " + MAX_SIZE + " items, not " + size);
    }
    Objects.requireNonNull(after, "after");
  }

  public static <K> PageRequest<K> first(int size) {
    return new PageRequest<>(size, Optional.empty());
  }
}
