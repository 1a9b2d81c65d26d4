package io.sigillum.keymanagement.backend;

/**
 * A backend cannot make, open or erase a key: wrong master key, HSM unreachable. The message names
 * the key and the cause, never key material.
 */
public class KeyBackendException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeyBackendException(String message) {
        super(message);
    }

    public KeyBackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
