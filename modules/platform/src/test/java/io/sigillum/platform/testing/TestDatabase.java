package io.sigillum.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes straight into the build's test database (embedded H2, or PostgreSQL with -Ppostgres),
 * to set up rows the service under test then reads.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Runs one query with its parameters, returning the first column of each row as text. */
    public static java.util.List<String> column(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getProperty("sigillum.db.url"),
                System.getProperty("sigillum.db.user"), System.getProperty("sigillum.db.password"));
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            java.util.List<String> values = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + sql, e);
        }
    }

    /** Runs one statement with its parameters, returning the update count. */
    public static int execute(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getProperty("sigillum.db.url"),
                System.getProperty("sigillum.db.user"), System.getProperty("sigillum.db.password"));
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("test setup failed: " + sql, e);
        }
    }
}
