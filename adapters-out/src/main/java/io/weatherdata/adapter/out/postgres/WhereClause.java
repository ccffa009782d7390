package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.station.StationId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.SqlStatement;

/** A WHERE clause built from the filters a query actually has, each value bound (never concatenated). */
final class WhereClause {
  /** {@code :name}, not a {@code ::type} cast. */
  private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):(\\w+)");

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

  /** This clause with one more value (for a name used outside the conditions, such as a limit). */
  WhereClause value(String name, Object value) {
    values.put(name, value);
    return this;
  }

  /**
   * {@code sql} prepared with its {@code :name}s as JDBC's {@code ?}s and this clause's values bound to them, in
   * the order they appear: arrays as {@code varchar[]}, as JDBI binds them, everything else as its Java type.
   */
  PreparedStatement bind(Connection connection, String sql) throws SQLException {
    List<Object> ordered = new ArrayList<>();
    Matcher names = NAMED.matcher(sql);
    while (names.find()) {
      if (!values.containsKey(names.group(1))) {
        throw new IllegalArgumentException("no value for :" + names.group(1) + " in " + sql);
      }
      ordered.add(values.get(names.group(1)));
    }
    PreparedStatement statement = connection.prepareStatement(names.replaceAll("?"));
    try {
      for (int i = 0; i < ordered.size(); i++) {
        if (ordered.get(i) instanceof String[] array) {
          statement.setArray(i + 1, connection.createArrayOf("varchar", array));
        } else {
          statement.setObject(i + 1, ordered.get(i));
        }
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
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
