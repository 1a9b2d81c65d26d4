package io.sigillum.gateway.auth;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.problem.Problems;

import java.time.Duration;

/**
 * The gateway's answers to a request it does not let through: an RFC 9457 problem with the
 * RFC 6750 §3 challenge. The details are fixed sentences; neither says which check failed, which
 * roles the route wants, nor anything of the token.
 */
final class BearerRefusals {

    private static final String REALM = "Bearer realm=\"sigillum\"";

    private BearerRefusals() {
    }

    /** No bearer credentials: the challenge carries no error code (RFC 6750 §3.1). */
    static Status noToken(ServerResponse response) {
        return unauthorized(response, REALM);
    }

    /** A token that is malformed, expired, of another issuer or audience, or not ours: {@code invalid_token}. */
    static Status invalidToken(ServerResponse response) {
        return unauthorized(response, REALM + ", error=\"invalid_token\"");
    }

    /** A valid token without a role the route allows: {@code insufficient_scope}, 403 (RFC 6750 §3.1). */
    static Status missingRole(ServerResponse response) {
        response.header(HeaderNames.WWW_AUTHENTICATE, REALM + ", error=\"insufficient_scope\"");
        Problems.send(response, Status.FORBIDDEN_403, "urn:sigillum:problem:gateway:forbidden", "Forbidden",
                "The access token does not grant a role this route needs.");
        return Status.FORBIDDEN_403;
    }

    /**
     * No keys to check tokens with yet (the identity provider's JWKS has not been fetched): 503 with
     * {@code Retry-After} (RFC 9110 §10.2.3), since the token may be good; no challenge, as the
     * credentials are not what is wrong.
     */
    static Status keysUnavailable(ServerResponse response, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        response.header(HeaderNames.RETRY_AFTER, Long.toString(seconds));
        Problems.send(response, Status.SERVICE_UNAVAILABLE_503, "urn:sigillum:problem:gateway:keys-unavailable",
                "Service Unavailable", "Access tokens cannot be checked yet; try again later.");
        return Status.SERVICE_UNAVAILABLE_503;
    }

    private static Status unauthorized(ServerResponse response, String challenge) {
        response.header(HeaderNames.WWW_AUTHENTICATE, challenge);
        Problems.send(response, Status.UNAUTHORIZED_401, "urn:sigillum:problem:gateway:unauthorized", "Unauthorized",
                "This route needs a valid bearer access token.");
        return Status.UNAUTHORIZED_401;
    }
}
