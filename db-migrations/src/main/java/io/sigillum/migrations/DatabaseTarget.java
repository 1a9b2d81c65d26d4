package io.sigillum.migrations;

import java.util.Objects;

/**
 * Where to migrate: a JDBC URL, the credentials, and the schema to create and migrate.
 *
 * @param url      JDBC URL
 * @param user     user name, may be empty
 * @param password password, may be empty; never printed
 * @param schema   schema name, created if missing
 */
public record DatabaseTarget(String url, String user, String password, String schema) {

    public DatabaseTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(schema, "schema");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + redact(url));
        }
        if (!schema.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema names are lower case letters, digits and _: " + schema);
        }
    }

    /** The URL without any password written into it, for messages. */
    public String redactedUrl() {
        return redact(url);
    }

    @Override
    public String toString() {
        return "DatabaseTarget[url=" + redactedUrl() + ", user=" + user + ", schema=" + schema + "]";
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
