package io.sigillum.gateway.auth;

import java.io.Serial;

/**
 * A bearer token the gateway does not accept. The reason is for the gateway's log and metrics;
 * clients get one fixed sentence whatever it is. Nothing here holds the token or its claims.
 */
final class TokenRefused extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which check failed. */
    enum Reason {
        /** Not a compact JWS, or its payload not a JSON claims set with claims of the right types. */
        MALFORMED,
        /** {@code none}, HMAC, an algorithm off the allow-list, or not the key's own. */
        ALGORITHM,
        /** No key verifies the signature (or the {@code kid} names none of the configured keys). */
        SIGNATURE,
        /** {@code iss} missing or not the configured issuer. */
        ISSUER,
        /** Audiences are configured and {@code aud} names none of them. */
        AUDIENCE,
        /** {@code exp} missing, or past (with the clock skew). */
        EXPIRED,
        /** {@code nbf} or {@code iat} still ahead (with the clock skew). */
        NOT_YET_VALID
    }

    private final Reason reason;

    TokenRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
