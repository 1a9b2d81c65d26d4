package io.sigillum.keymanagement.key;

import io.sigillum.keymanagement.backend.KeyAlgorithm;
import io.sigillum.keymanagement.backend.StoredKey;

/** What a backend gets to find a key's private part, and what that part is bound to. */
public final class StoredKeys {

    private StoredKeys() {
    }

    public static StoredKey of(ManagedKeyRecord key) {
        return new StoredKey(key.kid(), KeyAlgorithm.of(key.algorithm()), key.wrappedKey().orElse(null),
                key.masterKeyId().orElse(null), key.keyRef().orElse(null));
    }

    /** Purpose and scope: a wrapped key authenticates only in a row with the same ones. */
    public static String binding(KeyPurpose purpose, String scope) {
        return purpose.value() + "\0" + scope;
    }
}
