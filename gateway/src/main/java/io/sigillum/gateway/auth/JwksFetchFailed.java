package io.sigillum.gateway.auth;

import java.io.Serial;

/** A JWKS could not be fetched; the message says why in words safe to log (no body, no key). */
final class JwksFetchFailed extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    JwksFetchFailed(String message) {
        super(message, null, false, false);
    }
}
