package io.sigillum.presentation;

import java.io.Serial;

/** A Status List Token could not be fetched; the message says why in one line, for logs and failure details. */
public class StatusFetchException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message why, e.g. {@code HTTP 503} or {@code timed out} */
    public StatusFetchException(String message) {
        super(message);
    }

    /**
     * @param message why
     * @param cause   the underlying failure
     */
    public StatusFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
