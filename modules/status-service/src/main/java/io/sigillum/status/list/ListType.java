package io.sigillum.status.list;

import java.util.Arrays;

/** What a list records; one type per list, so an entry's width says what its values mean. */
public enum ListType {
    /** 1 bit: VALID or INVALID. */
    REVOCATION("revocation", 1, false),
    /** 2 bits: VALID, INVALID or SUSPENDED. */
    REVOCATION_SUSPENSION("revocation-suspension", 2, true);

    private final String value;
    private final int bits;
    private final boolean suspension;

    ListType(String value, int bits, boolean suspension) {
        this.value = value;
        this.bits = bits;
        this.suspension = suspension;
    }

    public String value() {
        return value;
    }

    /** Bits per entry (draft §4.1). */
    public int bits() {
        return bits;
    }

    /** Whether entries may be SUSPENDED. */
    public boolean suspension() {
        return suspension;
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static ListType of(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown list type: " + value));
    }
}
