package io.sigillum.verification.transaction;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.sigillum.crypto.secret.Secrets;

/**
 * The ephemeral key a wallet encrypts its answer to (OpenID4VP 1.0 §8.3, HAIP 1.0: ECDH-ES on
 * P-256): one per transaction, so an answer decrypts for its own transaction only, and the key is
 * erased once the answer is processed.
 */
final class ResponseEncryptionKeys {

    private ResponseEncryptionKeys() {
    }

    /** @return a new private JWK with {@code use: enc}, {@code alg: ECDH-ES} and a random {@code kid} */
    static String generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.ENCRYPTION).algorithm(JWEAlgorithm.ECDH_ES)
                    .keyID(Secrets.random().substring(0, 22)).generate().toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException("P-256 key generation is always available", e);
        }
    }
}
