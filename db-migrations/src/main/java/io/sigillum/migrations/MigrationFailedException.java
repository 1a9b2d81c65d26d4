package io.sigillum.migrations;

/** A migration could not be applied; the message is one line that says why, without secrets. */
public final class MigrationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
