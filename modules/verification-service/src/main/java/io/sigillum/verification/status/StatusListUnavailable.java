package io.sigillum.verification.status;

/** A status list could not be fetched: refused URI, unreachable, a non-200 answer, or too large. */
public final class StatusListUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StatusListUnavailable(String message) {
        super(message, null, false, false);
    }
}
