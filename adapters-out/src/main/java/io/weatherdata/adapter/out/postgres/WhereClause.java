package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.station.StationId;
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

  /** Adds the conditions and values of {@code other}. */
  WhereClause andAll(WhereClause other) {
    conditions.addAll(other.conditions);
    values.putAll(other.values);
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

  /** Rows of some stations (none listed: all) of some states (none listed: all). */
  static WhereClause stations(List<StationId> stations, List<String> states) {
    WhereClause filter = new WhereClause();
    if (!stations.isEmpty()) {
      filter.and("station_id = ANY(:stations)",
          Map.of("stations", stations.stream().map(StationId::value).toArray(String[]::new)));
    }
    if (!states.isEmpty()) {
      filter.and("station_id IN (SELECT station_id FROM stations WHERE state = ANY(:states))",
          Map.of("states", states.toArray(String[]::new)));
    }
    return filter;
  }
}
