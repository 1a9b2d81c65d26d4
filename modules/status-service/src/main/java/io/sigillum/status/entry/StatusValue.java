package io.sigillum.status.entry;

import java.util.Arrays;

/** The Status Types this service sets (draft-ietf-oauth-status-list §7.1). */
public enum StatusValue {
    VALID(0x00),
    /** Revoked; final. */
    INVALID(0x01),
    /** Temporarily invalid; reversible. */
    SUSPENDED(0x02);

    private final int code;

    StatusValue(int code) {
        this.code = code;
    }

    /** The value an entry holds in the list. */
    public int code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code this service never sets */
    public static StatusValue ofCode(int code) {
        return Arrays.stream(values()).filter(v -> v.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status code: " + code));
    }
}
