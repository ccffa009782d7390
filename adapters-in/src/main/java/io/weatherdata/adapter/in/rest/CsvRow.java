package io.weatherdata.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A JSON record that is also a CSV line: the columns are its components, in order, named as in its JSON. One
 * definition serves both representations, so they cannot drift.
 */
interface CsvRow {
  default List<Object> csvValues() {
    List<Object> values = new ArrayList<>();
    for (RecordComponent component : getClass().getRecordComponents()) {
      try {
        values.add(component.getAccessor().invoke(this));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("reading " + component.getName(), e);
      }
    }
    return values;
  }

  static List<String> header(Class<? extends CsvRow> type) {
    return Headers.OF.get(type);
  }

  /** Read once per record type: reflection is not free, and every listing response names its columns. */
  final class Headers {
    private static final ClassValue<List<String>> OF = new ClassValue<>() {
      @Override
      protected List<String> computeValue(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(component -> {
          JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
          return property == null ? component.getName() : property.value();
        }).toList();
      }
    };

    private Headers() {}
  }
}
