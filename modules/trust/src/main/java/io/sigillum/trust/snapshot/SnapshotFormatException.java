package io.sigillum.trust.snapshot;

/**
 * A snapshot's JSON is refused: not JSON, too large, a duplicate or unknown member, a missing or
 * mistyped one, or a value the model refuses. The message names the member (as a path such as
 * {@code issuers[2].anchors[0].certificate}) and the rule; it quotes no certificate or key.
 */
public final class SnapshotFormatException extends Exception {

    /** @param message what is wrong, and where */
    public SnapshotFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, and where
     * @param cause   the parser's or the model's exception
     */
    public SnapshotFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
