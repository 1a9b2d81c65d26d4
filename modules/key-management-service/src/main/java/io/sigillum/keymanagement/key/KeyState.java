package io.sigillum.keymanagement.key;

import java.util.Arrays;

/** A key's place in its lifecycle: {@code next → active → retired → destroyed}. */
public enum KeyState {
    /** Published ahead of use, so verifiers know it before it signs. */
    NEXT("next"),
    /** The one key of its purpose and scope that signs. */
    ACTIVE("active"),
    /** Signs nothing more; published until its {@code verify_until} date. */
    RETIRED("retired"),
    /** Private part erased, public key no longer published. */
    DESTROYED("destroyed");

    private final String value;

    KeyState(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static KeyState of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown key state: " + value));
    }
}
