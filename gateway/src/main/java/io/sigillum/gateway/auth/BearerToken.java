package io.sigillum.gateway.auth;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The bearer token of a request, from its {@code Authorization} field only (RFC 6750 §2.1; the
 * form-body and query forms of §2.2 and §2.3 are not accepted: a query would put the token in
 * access logs).
 */
final class BearerToken {

    /** RFC 6750 §2.1: {@code "Bearer" 1*SP b64token}, the scheme name case-insensitive (RFC 9110 §11.1). */
    private static final Pattern CREDENTIALS = Pattern.compile("(?i:Bearer) +([A-Za-z0-9\\-._~+/]+=*)");
    private static final Pattern SCHEME = Pattern.compile("(?i:Bearer)(?: .*)?");

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
        var credentials = CREDENTIALS.matcher(field);
        if (credentials.matches()) {
            return new Token(credentials.group(1));
        }
        return SCHEME.matcher(field).matches() ? new Malformed() : new Absent();
    }
}
