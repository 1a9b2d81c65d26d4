package io.sigillum.trustregistry.changes;

import io.sigillum.trustregistry.TrustProblems;

/** The {@code reason} every change must give: 1 to 1024 characters, not blank, no control characters. */
public final class Reasons {

    /** The longest reason kept (the log's column). */
    public static final int MAX_LENGTH = 1024;

    private Reasons() {
    }

    /**
     * @return the reason without surrounding white space
     * @throws jakarta.ws.rs.WebApplicationException 400 when it is missing or unusable
     */
    public static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw TrustProblems.reasonRequired("Every change of the registry needs a reason: say why in 'reason'.");
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw TrustProblems.reasonRequired("'reason' is longer than " + MAX_LENGTH + " characters.");
        }
        // The log is read by people and tools: no forged lines, no terminal escapes.
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw TrustProblems.reasonRequired("'reason' holds a control character.");
        }
        return stripped;
    }
}
