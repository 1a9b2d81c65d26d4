package io.sigillum.status.serving;

import java.time.Instant;
import java.util.Optional;

/** The tokens a list had (draft §8.4): read from the database, since past tokens are asked for rarely. */
public interface TokenHistory {

    /**
     * @return the token that was the list's current one at {@code time}, whether or not it was
     *         still valid then; empty when the list had none yet, or its history is forgotten
     */
    Optional<ServedToken> issuedBy(String listId, Instant time);
}
