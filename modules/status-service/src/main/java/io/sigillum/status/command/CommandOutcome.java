package io.sigillum.status.command;

/** What came of a status command. */
public enum CommandOutcome {
    /** The entry has the status the command asked for (perhaps it had it already). */
    APPLIED("applied"),
    /** The command asked for a change the draft or the list type forbids; nothing changed. */
    REFUSED("refused"),
    /** The command names no allocated entry; nothing changed. */
    UNKNOWN_ENTRY("unknown-entry"),
    /** The event was processed before; nothing changed this time. */
    DUPLICATE("duplicate");

    private final String value;

    CommandOutcome(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
