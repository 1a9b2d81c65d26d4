package io.sigillum.events;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The database the outbox tests run on: the build's test database ({@code sigillum.db.url}:
 * embedded H2 by default, PostgreSQL with {@code -Ppostgres}), with a fresh outbox table.
 */
final class OutboxDatabase implements DataSource {

    private final String url;
    private final String user;
    private final String password;

    private OutboxDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The test database with an empty outbox table made from {@link OutboxSchema#STATEMENTS}. */
    static OutboxDatabase withEmptyOutbox() throws SQLException {
        OutboxDatabase database = new OutboxDatabase(
                System.getProperty("sigillum.db.url", "jdbc:h2:mem:sigillum-events;DB_CLOSE_DELAY=-1"),
                System.getProperty("sigillum.db.user", "sa"),
                System.getProperty("sigillum.db.password", "sa"));
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + OutboxSchema.TABLE);
            for (String ddl : OutboxSchema.STATEMENTS) {
                statement.execute(ddl);
            }
        }
        return database;
    }

    /** The settings that point a Jakarta Persistence unit at this database. */
    Map<String, String> persistenceProperties() {
        return Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "jakarta.persistence.jdbc.driver", DriverManager.drivers()
                        .filter(driver -> acceptsUrl(driver, url)).findFirst().orElseThrow().getClass().getName());
    }

    /** The ids of the rows in the outbox, oldest first. */
    List<String> rowIds() {
        List<String> ids = new ArrayList<>();
        try (Connection connection = getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM event_outbox ORDER BY created_at, id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return ids;
    }

    /** Runs one statement in its own transaction. */
    void execute(String sql) throws SQLException {
        try (Connection connection = getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return DriverManager.getConnection(url, username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logs, if anything does.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }

    private static boolean acceptsUrl(java.sql.Driver driver, String url) {
        try {
            return driver.acceptsURL(url);
        } catch (SQLException e) {
            return false;
        }
    }
}
