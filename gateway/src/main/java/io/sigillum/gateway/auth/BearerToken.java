package io.sigillum.gateway.auth;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;

import java.util.List;

/**
 * The bearer token of a request, from its {@code Authorization} field only (RFC 6750 §2.1; the
 * form-body and query forms of §2.2 and §2.3 are not accepted: a query would put the token in
 * access logs).
 */
final class BearerToken {

    private static final String SCHEME = "Bearer";

    /** What the request carries. */
    sealed interface Presented {
    }

    /** No {@code Authorization} field, or one of another scheme: no bearer credentials at all. */
    record Absent() implements Presented {
    }

    /** A {@code Bearer} field that is not well-formed, or more than one {@code Authorization} field. */
    record Malformed() implements Presented {
    }

    /** The token, not yet checked. */
    record Token(String compact) implements Presented {
    }

    private BearerToken() {
    }

    static Presented of(Headers headers) {
        if (!headers.contains(HeaderNames.AUTHORIZATION)) {
            return new Absent();
        }
        List<String> fields = headers.all(HeaderNames.AUTHORIZATION, List::of);
        if (fields.size() != 1) {
            return new Malformed();
        }
        String field = fields.getFirst().strip();
        // The scheme name is case-insensitive (RFC 9110 §11.1), followed by at least one space.
        boolean bearer = field.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (field.length() == SCHEME.length() || field.charAt(SCHEME.length()) == ' ');
        if (!bearer) {
            return new Absent();
        }
        int start = SCHEME.length();
        while (start < field.length() && field.charAt(start) == ' ') {
            start++;
        }
        return isB64Token(field, start) ? new Token(field.substring(start)) : new Malformed();
    }

    /**
     * RFC 6750 §2.1: {@code b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="},
     * from {@code start} to the end. A scan, not a regular expression: it runs on every protected request.
     */
    private static boolean isB64Token(String field, int start) {
        int end = field.length();
        while (end > start && field.charAt(end - 1) == '=') {
            end--;
        }
        if (end == start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = field.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
