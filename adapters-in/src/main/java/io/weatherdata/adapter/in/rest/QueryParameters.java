package io.weatherdata.adapter.in.rest;

import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.station.StationId;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The query string of one request, read strictly: unknown parameters, repeated single-valued parameters and
 * unparseable values are {@link InvalidParameterException}s naming the parameter.
 */
final class QueryParameters {
  static final String PAGE_SIZE = "page_size";
  static final String CURSOR = "cursor";
  static final String FORMAT = "format";
  private static final int MAX_STATIONS = 200;

  private final MultivaluedMap<String, String> values;

  private QueryParameters(MultivaluedMap<String, String> values) {
    this.values = values;
  }

  /** A listing's parameters: its filters plus {@code page_size}, {@code cursor} and {@code format}. */
  static QueryParameters paged(UriInfo uri, Set<String> filters) {
    Set<String> allowed = new TreeSet<>(filters);
    allowed.addAll(Set.of(PAGE_SIZE, CURSOR, FORMAT));
    return of(uri, allowed);
  }

  /** Rejects any parameter not in {@code allowed}. */
  static QueryParameters of(UriInfo uri, Set<String> allowed) {
    MultivaluedMap<String, String> values = uri.getQueryParameters();
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        throw new InvalidParameterException(printable(name), allowed.isEmpty()
            ? "unknown parameter; this endpoint takes none"
            : "unknown parameter; allowed: " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return new QueryParameters(values);
  }

  Optional<String> single(String name) {
    List<String> given = values.get(name);
    if (given == null || given.isEmpty()) {
      return Optional.empty();
    }
    if (given.size() > 1) {
      throw new InvalidParameterException(name, "given " + given.size() + " times; give it once");
    }
    if (given.get(0).isEmpty()) {
      throw new InvalidParameterException(name, "is empty; give a value or leave the parameter out");
    }
    return Optional.of(given.get(0));
  }

  /** Comma lists and repeated parameters both work: {@code station_id=A,B} = {@code station_id=A&station_id=B}. */
  List<StationId> stations(String name) {
    List<String> given = values.getOrDefault(name, List.of());
    TreeSet<StationId> stations = new TreeSet<>();
    for (String list : given) {
      for (String item : list.split(",", -1)) {
        try {
          stations.add(StationId.of(item));
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException(name, e.getMessage());
        }
      }
    }
    if (stations.size() > MAX_STATIONS) {
      throw new InvalidParameterException(name, "at most " + MAX_STATIONS + " stations per request");
    }
    return new ArrayList<>(stations);
  }

  Optional<LocalDate> date(String name) {
    return single(name).map(text -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new InvalidParameterException(name, "must be an ISO-8601 date (YYYY-MM-DD), got '" + printable(text) + "'");
      }
    });
  }

  Optional<Integer> integer(String name, int min, int max) {
    return single(name).map(text -> {
      int value;
      try {
        value = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new InvalidParameterException(name, "must be an integer, got '" + printable(text) + "'");
      }
      if (value < min || value > max) {
        throw new InvalidParameterException(name, "must be between " + min + " and " + max + ", got " + value);
      }
      return value;
    });
  }

  /** An inclusive range: from to, either end open. */
  record Range<T>(Optional<T> from, Optional<T> to) {}

  /**
   * A range given as one value ({@code single}: from = to) or as {@code start} / {@code end}, not both; a start
   * after the end is an error naming {@code start}.
   */
  <T extends Comparable<? super T>> Range<T> range(String single, String start, String end,
      Function<String, Optional<T>> read) {
    Optional<T> one = read.apply(single);
    Optional<T> from = read.apply(start);
    Optional<T> to = read.apply(end);
    if (one.isPresent()) {
      if (from.isPresent() || to.isPresent()) {
        throw new InvalidParameterException(single, "cannot be combined with " + start + " or " + end);
      }
      return new Range<>(one, one);
    }
    if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) > 0) {
      throw new InvalidParameterException(start, "is after " + end);
    }
    return new Range<>(from, to);
  }

  int pageSize() {
    return integer(PAGE_SIZE, 1, PageRequest.MAX_SIZE).orElse(PageRequest.DEFAULT_SIZE);
  }

  Optional<String> cursor() {
    return single(CURSOR);
  }

  static String printable(String text) {
    String shown = text.codePoints().limit(60)
        .map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return text.codePointCount(0, text.length()) > 60 ? shown + "…" : shown;
  }
}
