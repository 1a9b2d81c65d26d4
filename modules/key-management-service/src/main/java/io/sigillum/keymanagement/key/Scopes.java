package io.sigillum.keymanagement.key;

import java.util.regex.Pattern;

/** Checks the scope names callers send: URI characters, at most 200, {@code default} when absent. */
public final class Scopes {

    /** The scope of a purpose that needs only one. */
    public static final String DEFAULT = "default";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+;=%-]{1,200}");

    private Scopes() {
    }

    /**
     * @return the scope, or {@link #DEFAULT} for null
     * @throws jakarta.ws.rs.WebApplicationException (400) for anything else
     */
    public static String checked(String scope) {
        if (scope == null) {
            return DEFAULT;
        }
        if (!VALID.matcher(scope).matches()) {
            throw KeyProblems.badRequest("A scope is 1 to 200 URI characters (no commas, no spaces).");
        }
        return scope;
    }
}
