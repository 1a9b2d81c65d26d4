package io.sigillum.gateway.auth;

import java.io.Serial;
import java.time.Duration;

/**
 * No key set is known yet (the identity provider's JWKS has not been fetched since start), so no
 * token can be checked: the gateway answers 503, not 401, because the token may well be good.
 */
final class KeysUnavailable extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    KeysUnavailable(Duration retryAfter) {
        super("no verification keys yet", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** @return when a new attempt may find keys */
    Duration retryAfter() {
        return retryAfter;
    }
}
