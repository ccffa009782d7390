package io.weatherdata.adapter.out.postgres;

import io.weatherdata.application.query.model.DataUnavailableException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;

/**
 * Tells "the database is not there" (no connection, connection lost, server shutting down) from other failures:
 * the first becomes a {@link DataUnavailableException}, which callers may answer with "retry later".
 */
final class Unavailability {
  private Unavailability() {}

  static <T> T translate(Supplier<T> query) {
    try {
      return query.get();
    } catch (JdbiException e) {
      if (e instanceof ConnectionException || connectionLost(e)) {
        throw new DataUnavailableException("the database is unavailable", e);
      }
      throw e;
    }
  }

  /** SQLSTATE class 08 (connection exception) or 57P (operator intervention: shutdown, terminated). */
  private static boolean connectionLost(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }
}
