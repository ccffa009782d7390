package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.station.StationId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.SqlStatement;

/** A WHERE clause built from the filters a query actually has, each value bound (never concatenated). */
final class WhereClause {
  /** {@code :name}, not a {@code ::type} cast. */
  private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):(\\w+)");
  private static final Map<String, Jdbc> JDBC = new ConcurrentHashMap<>();

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
    Jdbc jdbc = JDBC.computeIfAbsent(sql, Jdbc::of);
    List<Object> ordered = new ArrayList<>(jdbc.names().size());
    for (String name : jdbc.names()) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("no value for :" + name + " in " + sql);
      }
      ordered.add(values.get(name));
    }
    PreparedStatement statement = connection.prepareStatement(jdbc.sql());
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

  /**
   * A statement's SQL with {@code ?} for each {@code :name}, and the names in order. Kept per SQL text: the texts are
   * made of the queries' own fragments (values are always bound), so there are few, and finding the names with the
   * regex on every page was 5% of a cold page's CPU.
   */
  private record Jdbc(String sql, List<String> names) {
    static Jdbc of(String sql) {
      Matcher named = NAMED.matcher(sql);
      List<String> names = new ArrayList<>();
      while (named.find()) {
        names.add(named.group(1));
      }
      return new Jdbc(named.replaceAll("?"), List.copyOf(names));
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
