package io.sigillum.devstack.cli;

import io.sigillum.devstack.StackException;

/** A command line that does not parse; the program prints the message and exits 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    /** @return the same message as a {@link StackException} with the usage exit code */
    public StackException toStackException() {
        return new StackException(getMessage() + " (./sigillum help lists the commands)", StackException.USAGE);
    }
}
