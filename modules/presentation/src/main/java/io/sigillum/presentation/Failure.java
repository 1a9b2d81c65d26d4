package io.sigillum.presentation;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason a presentation was refused.
 *
 * @param reason            the rule broken
 * @param credentialQueryId the Credential Query the failing presentation answered, when it concerns one
 * @param detail            one line for logs and the relying party; no key material, no claim values
 */
public record Failure(FailureReason reason, Optional<String> credentialQueryId, String detail) {

    /** The longest detail kept; the rest is cut, so input echoed in a detail cannot flood logs. */
    public static final int MAX_DETAIL_LENGTH = 500;

    /** Checks that nothing is null, and keeps the detail to one bounded line. */
    public Failure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(credentialQueryId, "credentialQueryId");
        detail = oneLine(Objects.requireNonNull(detail, "detail"));
    }

    /** Details may quote values from the presentation (an {@code iss}, a {@code typ}): no line breaks or other controls. */
    private static String oneLine(String text) {
        String cut = text.length() > MAX_DETAIL_LENGTH ? text.substring(0, MAX_DETAIL_LENGTH) + "…" : text;
        StringBuilder line = null;
        for (int i = 0; i < cut.length(); i++) {
            if (Character.isISOControl(cut.charAt(i))) {
                if (line == null) {
                    line = new StringBuilder(cut);
                }
                line.setCharAt(i, ' ');
            }
        }
        return line == null ? cut : line.toString();
    }

    /** @return a failure of the whole {@code vp_token} */
    public static Failure of(FailureReason reason, String detail) {
        return new Failure(reason, Optional.empty(), detail);
    }

    /** @return a failure of a presentation for one Credential Query */
    public static Failure of(FailureReason reason, String credentialQueryId, String detail) {
        return new Failure(reason, Optional.of(credentialQueryId), detail);
    }
}
