package io.sigillum.keymanagement.key;

import java.util.Arrays;

/** What a key is for; a signer is granted purposes, never single keys. */
public enum KeyPurpose {
    CREDENTIAL_SIGNING("credential-signing", true),
    STATUS_LIST_SIGNING("status-list-signing", true),
    ACCESS_TOKEN_SIGNING("access-token-signing", true),
    REQUEST_OBJECT_SIGNING("request-object-signing", true),
    /** A key-agreement key (ECDH-ES): published with {@code use: enc}, never used to sign. */
    RESPONSE_ENCRYPTION("response-encryption", false);

    private final String value;
    private final boolean signing;

    KeyPurpose(String value, boolean signing) {
        this.value = value;
        this.signing = signing;
    }

    /** The name in the API, the database and the configuration. */
    public String value() {
        return value;
    }

    /** Whether keys of this purpose sign (else they agree keys for encryption). */
    public boolean signing() {
        return signing;
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static KeyPurpose of(String value) {
        return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown key purpose: " + value));
    }
}
