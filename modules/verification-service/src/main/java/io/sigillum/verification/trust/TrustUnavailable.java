package io.sigillum.verification.trust;

/** No trust snapshot within its lifetime: the registry cannot be reached and the last one is too old (or none came). */
public final class TrustUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TrustUnavailable(String message) {
        super(message, null, false, false);
    }
}
