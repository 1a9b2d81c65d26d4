package io.sigillum.keymanagement.audit;

/** What an audit record says was done. */
public enum KeyAction {
    CREATE("create"),
    ACTIVATE("activate"),
    RETIRE("retire"),
    DESTROY("destroy"),
    SIGN("sign"),
    /** A signing request refused: key not granted, not active. */
    SIGN_REFUSED("sign-refused");

    private final String value;

    KeyAction(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
