package io.sigillum.devstack;

/**
 * A failure the user can act on: printed as one line starting {@code sigillum: }, never as a
 * stack trace, and the program exits with {@link #exitCode()}.
 */
public final class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit code for a failure (port taken, missing jar, a process that would not start…). */
    public static final int FAILURE = 1;
    /** Exit code for a command line that does not parse. */
    public static final int USAGE = 2;

    private final int exitCode;

    public StackException(String message) {
        this(message, FAILURE);
    }

    public StackException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = FAILURE;
    }

    public int exitCode() {
        return exitCode;
    }
}
