package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.station.StationId;
import io.weatherdata.domain.stats.StationYear;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A domain record as comparable text, its components in order separated by spaces: absent is {@code null}, decimals
 * plain with their scale, keys split into their columns ({@code "USC00110072 1988 7"}). Tests hold what SQL or the
 * API printed against what a domain rule computed.
 */
public final class RecordText {
  private RecordText() {}

  public static List<String> of(List<? extends Record> rows) {
    return rows.stream().map(RecordText::of).toList();
  }

  public static String of(Record row) {
    List<String> parts = new ArrayList<>();
    for (RecordComponent component : row.getClass().getRecordComponents()) {
      try {
        Object value = component.getAccessor().invoke(row);
        parts.add(value instanceof Optional<?> optional ? optional.map(RecordText::plain).orElse("null")
            : plain(value));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(" ", parts);
  }

  private static String plain(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    } else if (value instanceof StationId station) {
      return station.value();
    } else if (value instanceof YearMonth month) {
      return month.getYear() + " " + month.getMonthValue();
    } else if (value instanceof StationYear stationYear) {
      return stationYear.station().value() + " " + stationYear.year();
    }
    return String.valueOf(value);
  }
}
