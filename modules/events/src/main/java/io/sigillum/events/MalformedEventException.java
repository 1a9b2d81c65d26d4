package io.sigillum.events;

/** A message that is not a valid event envelope. Redelivering it cannot help: dead-letter it. */
public final class MalformedEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
