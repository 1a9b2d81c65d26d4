package io.sigillum.kmsclient;

import java.io.Serial;

/**
 * The key-management service refused a call or could not be reached. {@link #status()} is the
 * HTTP status (0 when no answer came), {@link #problemType()} the RFC 9457 problem type, e.g.
 * {@code urn:sigillum:problem:kms:key-not-active}; the message carries the problem's title and
 * detail, never a token or what was signed.
 */
public final class KmsException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The problem type of a key that is no longer active: ask for the active key again. */
    public static final String KEY_NOT_ACTIVE = "urn:sigillum:problem:kms:key-not-active";

    private final int status;
    private final String problemType;

    KmsException(int status, String problemType, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problemType = problemType;
    }

    /** @return the HTTP status, or 0 when the service did not answer */
    public int status() {
        return status;
    }

    /** @return the problem type, or {@code about:blank} */
    public String problemType() {
        return problemType;
    }

    /** @return whether the key rotated away: build the header again with the new active key */
    public boolean keyNotActive() {
        return KEY_NOT_ACTIVE.equals(problemType);
    }
}
