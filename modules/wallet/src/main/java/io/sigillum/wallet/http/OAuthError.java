package io.sigillum.wallet.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OAuth error code with its optional description.
 *
 * @param error       the code, e.g. {@code invalid_grant}
 * @param description {@code error_description}, if sent
 */
public record OAuthError(String error, Optional<String> description) {

    private static final Pattern AUTH_PARAM = Pattern.compile("([A-Za-z0-9_-]+)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Checks that nothing is null. */
    public OAuthError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(description, "description");
    }

    /** @return the error of a JSON error response, if it has a string {@code error} */
    static Optional<OAuthError> fromJson(JsonNode object) {
        JsonNode error = object.get("error");
        if (error == null || !error.isTextual()) {
            return Optional.empty();
        }
        JsonNode description = object.get("error_description");
        return Optional.of(new OAuthError(error.asText(),
                description != null && description.isTextual() ? Optional.of(description.asText()) : Optional.empty()));
    }

    /**
     * Reads a {@code DPoP} or {@code Bearer} challenge (RFC 9449 §7.1, RFC 6750 §3):
     * {@code DPoP error="use_dpop_nonce", error_description="…"}. Only quoted values are read.
     *
     * @param challenge a {@code WWW-Authenticate} value
     * @return its error, if it names one
     */
    static Optional<OAuthError> fromChallenge(String challenge) {
        String lower = challenge.trim().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("dpop") && !lower.startsWith("bearer")) {
            return Optional.empty();
        }
        String error = null;
        String description = null;
        Matcher matcher = AUTH_PARAM.matcher(challenge);
        while (matcher.find()) {
            String value = matcher.group(2).replaceAll("\\\\(.)", "$1");
            if (matcher.group(1).equalsIgnoreCase("error")) {
                error = value;
            } else if (matcher.group(1).equalsIgnoreCase("error_description")) {
                description = value;
            }
        }
        return error == null ? Optional.empty() : Optional.of(new OAuthError(error, Optional.ofNullable(description)));
    }
}
