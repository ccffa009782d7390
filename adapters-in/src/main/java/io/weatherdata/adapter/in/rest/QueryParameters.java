package io.weatherdata.adapter.in.rest;

import io.weatherdata.domain.station.StationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads query parameter values into domain values. Every failure is an {@link InvalidParameterException} naming
 * the parameter: the REST adapter owns the parameter names, the domain's messages say what is wrong.
 */
final class QueryParameters {
  static final String PAGE_SIZE = "page_size";
  static final String CURSOR = "cursor";
  static final String FORMAT = "format";
  private static final int MAX_STATIONS = 200;

  private QueryParameters() {}

  /** Comma lists and repeated parameters both work: {@code station_id=A,B} = {@code station_id=A&station_id=B}. */
  static List<StationId> stations(String name, List<String> given) {
    TreeSet<StationId> stations = new TreeSet<>();
    for (String list : given == null ? List.<String>of() : given) {
      for (String item : list.split(",", -1)) {
        stations.add(domain(name, () -> StationId.of(item)));
      }
    }
    if (stations.size() > MAX_STATIONS) {
      throw new InvalidParameterException(name, "at most " + MAX_STATIONS + " stations per request");
    }
    return new ArrayList<>(stations);
  }

  /** Two-letter state codes, upper-cased; comma lists and repeated parameters both work. */
  static List<String> states(String name, List<String> given) {
    TreeSet<String> states = new TreeSet<>();
    for (String list : given == null ? List.<String>of() : given) {
      for (String item : list.split(",", -1)) {
        String code = item.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
          throw new InvalidParameterException(name, "a state is two letters (e.g. IL), got '" + printable(item) + "'");
        }
        states.add(code);
      }
    }
    return new ArrayList<>(states);
  }

  /** Decimal numbers separated by commas, exactly {@code count} of them. */
  static Optional<List<BigDecimal>> decimals(String name, String text, int count, String shape) {
    return Optional.ofNullable(text).map(t -> {
      String[] parts = t.split(",", -1);
      if (parts.length != count) {
        throw new InvalidParameterException(name, "must be " + shape + ", got '" + printable(t) + "'");
      }
      List<BigDecimal> numbers = new ArrayList<>();
      for (String part : parts) {
        try {
          numbers.add(new BigDecimal(part.strip()));
        } catch (NumberFormatException e) {
          throw new InvalidParameterException(name, "must be " + shape + " (decimal degrees), got '"
              + printable(t) + "'");
        }
      }
      return numbers;
    });
  }

  static Optional<LocalDate> date(String name, String text) {
    return Optional.ofNullable(text).map(t -> {
      try {
        return LocalDate.parse(t);
      } catch (DateTimeParseException e) {
        throw new InvalidParameterException(name, "must be an ISO-8601 date (YYYY-MM-DD), got '" + printable(t) + "'");
      }
    });
  }

  static Optional<Integer> integer(String name, String text, int min, int max) {
    return Optional.ofNullable(text).map(t -> {
      int value;
      try {
        value = Integer.parseInt(t);
      } catch (NumberFormatException e) {
        throw new InvalidParameterException(name, "must be an integer, got '" + printable(t) + "'");
      }
      if (value < min || value > max) {
        throw new InvalidParameterException(name, "must be between " + min + " and " + max + ", got " + value);
      }
      return value;
    });
  }

  /** A domain value built from a parameter; the domain's objection becomes a 400 naming the parameter. */
  static <T> T domain(String name, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, e.getMessage());
    }
  }

  /** An inclusive range: from to, either end open. */
  record Range<T>(Optional<T> from, Optional<T> to) {}

  /**
   * A range given as one value ({@code single}: from = to) or as {@code start} / {@code end}, not both; a start
   * after the end is an error naming {@code start}.
   */
  static <T extends Comparable<? super T>> Range<T> range(String single, Optional<T> one, String start,
      Optional<T> from, String end, Optional<T> to) {
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

  static String printable(String text) {
    String shown = text.codePoints().limit(60)
        .map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return text.codePointCount(0, text.length()) > 60 ? shown + "…" : shown;
  }
}
