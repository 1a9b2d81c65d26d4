package io.sigillum.keymanagement.key;

import io.sigillum.keymanagement.backend.KeyAlgorithm;

import java.util.Optional;

/** Which algorithms a purpose takes: signing purposes sign (ES256 by default), response encryption agrees keys. */
final class PurposeAlgorithms {

    private PurposeAlgorithms() {
    }

    static KeyAlgorithm checked(KeyPurpose purpose, Optional<KeyAlgorithm> requested) {
        if (!purpose.signing()) {
            if (requested.isPresent() && requested.get() != KeyAlgorithm.ECDH_ES) {
                throw KeyProblems.badRequest("Keys of purpose " + purpose.value() + " are ECDH-ES keys.");
            }
            return KeyAlgorithm.ECDH_ES;
        }
        KeyAlgorithm algorithm = requested.orElse(KeyAlgorithm.ES256);
        if (algorithm.signature().isEmpty()) {
            throw KeyProblems.badRequest("Keys of purpose " + purpose.value() + " sign: ES256, ES384, ES512 or EdDSA.");
        }
        return algorithm;
    }
}
