package io.weatherdata.adapter.out.postgres;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/** A WHERE clause built from the filters a query actually has, each value bound (never concatenated). */
final class WhereClause {
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> values = new LinkedHashMap<>();

  WhereClause and(String condition, Map<String, Object> bindings) {
    conditions.add(condition);
    values.putAll(bindings);
    return this;
  }

  String where() {
    return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
  }

  <S extends SqlStatement<S>> S bind(S statement) {
    values.forEach((name, value) -> {
      if (value instanceof String[] array) {
        statement.bindArray(name, String.class, (Object[]) array);
      } else {
        statement.bind(name, value);
      }
    });
    return statement;
  }
}
