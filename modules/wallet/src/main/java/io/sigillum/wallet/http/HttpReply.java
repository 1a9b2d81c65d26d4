package io.sigillum.wallet.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP answer, read whole.
 *
 * @param uri     where the request went
 * @param status  the status code
 * @param headers the response headers
 * @param body    the body bytes
 */
public record HttpReply(URI uri, int status, HttpHeaders headers, byte[] body) {

    /** Checks that nothing is null. */
    public HttpReply {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** @return the first value of the header, if present */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** @return whether the status is 2xx */
    public boolean successful() {
        return status / 100 == 2;
    }

    /**
     * @param step the step reading it, for the error
     * @return the body as a JSON object
     * @throws WalletException when it is not one
     */
    public JsonNode jsonObject(Step step) {
        return Json.object(body, step, "the answer of " + uri);
    }

    /**
     * The OAuth error of this answer: the JSON body's {@code error} and {@code error_description}
     * (RFC 6749 §5.2, OID4VCI 1.0 §8.3.1), else those of a {@code WWW-Authenticate} challenge
     * (RFC 6750 §3, RFC 9449 §7.1).
     *
     * @return the error, if the answer names one
     */
    public Optional<OAuthError> oauthError() {
        Optional<OAuthError> fromBody = Json.tryObject(body).flatMap(OAuthError::fromJson);
        return fromBody.isPresent() ? fromBody : header("WWW-Authenticate").flatMap(OAuthError::fromChallenge);
    }

    /**
     * @param step    the step that failed
     * @param doing   what the wallet was doing, e.g. "the token request"
     * @return an exception naming the status and the OAuth error, if any
     */
    public WalletException refusal(Step step, String doing) {
        Optional<OAuthError> error = oauthError();
        String message = doing + " to " + uri + " was answered with HTTP " + status
                + error.map(e -> ", error " + e.error() + e.description().map(d -> " (" + d + ")").orElse("")).orElse("");
        return WalletException.refused(step, message, status, error.map(OAuthError::error).orElse(null),
                error.flatMap(OAuthError::description).orElse(null));
    }
}
