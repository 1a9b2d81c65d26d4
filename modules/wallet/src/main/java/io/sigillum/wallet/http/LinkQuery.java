package io.sigillum.wallet.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query parameters of a link a wallet is handed (a Credential Offer, an Authorization
 * Request): a URL of any scheme whose parameters are percent-encoded, each named once (RFC 6749
 * §3.1: parameters must not be repeated). Each caller says in its own words what is wrong, since
 * the specifications it reads for differ.
 */
public final class LinkQuery {

    /** What makes a link unreadable. */
    public enum Problem {
        /** It does not start with a URL scheme; the detail is the trimmed link. */
        NOT_A_URL,
        /** It has no {@code ?}; the detail is the trimmed link. */
        NO_QUERY,
        /** A parameter stands twice; the detail is its name. */
        REPEATED,
        /** A name or value is not properly percent-encoded; the detail is the decoder's message. */
        NOT_PERCENT_ENCODED
    }

    /** Turns a problem into the caller's own exception. */
    @FunctionalInterface
    public interface Refusal {
        /**
         * @param cause the decoder's exception, or null
         * @return the exception to throw
         */
        RuntimeException of(Problem problem, String detail, Throwable cause);
    }

    private LinkQuery() {
    }

    /**
     * @param link the link as scanned or tapped
     * @return its decoded query parameters, in order (a fragment is not part of them)
     * @throws RuntimeException what {@code refusal} makes of the first problem
     */
    public static Map<String, String> parameters(String link, Refusal refusal) {
        String text = link.trim();
        int colon = text.indexOf(':');
        if (colon < 1 || !text.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            throw refusal.of(Problem.NOT_A_URL, text, null);
        }
        int question = text.indexOf('?');
        if (question < 0) {
            throw refusal.of(Problem.NO_QUERY, text, null);
        }
        int hash = text.indexOf('#', question);
        String query = hash < 0 ? text.substring(question + 1) : text.substring(question + 1, hash);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), refusal);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), refusal);
            if (parameters.put(name, value) != null) {
                throw refusal.of(Problem.REPEATED, name, null);
            }
        }
        return parameters;
    }

    private static String decode(String text, Refusal refusal) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refusal.of(Problem.NOT_PERCENT_ENCODED, e.getMessage(), e);
        }
    }
}
