package io.weatherdata.adapter.out.secrets;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;

/**
 * A pool whose credentials come from Secrets Manager. When the database refuses a new connection for its
 * password (the secret was rotated), the secret is read again, once, and the connection retried with it.
 */
public final class RefreshingCredentialsDataSource implements DataSource {
  private static final String INVALID_PASSWORD = "28P01";
  private static final String INVALID_AUTHORIZATION = "28000";
  private final DataSourceProxy pool;
  private final Supplier<DatabaseCredentials> refresh;

  public RefreshingCredentialsDataSource(DataSourceProxy pool, DatabaseCredentials initial,
      Supplier<DatabaseCredentials> refresh) {
    this.pool = pool;
    this.refresh = refresh;
    use(initial);
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      return pool.getConnection();
    } catch (SQLException e) {
      if (!authenticationFailed(e)) {
        throw e;
      }
      use(refresh.get());
      return pool.getConnection();
    }
  }

  private void use(DatabaseCredentials credentials) {
    pool.setUrl(credentials.jdbcUrl());
    pool.setUsername(credentials.username());
    pool.setPassword(credentials.password());
  }

  static boolean authenticationFailed(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && (INVALID_PASSWORD.equals(sql.getSQLState()) || INVALID_AUTHORIZATION.equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("credentials come from Secrets Manager");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || pool.isWrapperFor(iface);
  }
}
