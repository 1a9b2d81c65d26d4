package io.sigillum.keymanagement.signing;

import io.sigillum.api.keymanagement.model.InputType;

/** What the three signing resources share. */
final class SigningResources {

    private SigningResources() {
    }

    static boolean digests(InputType type) {
        return type == InputType.DIGEST;
    }
}
