package io.sigillum.keymanagement.key;

import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.keymanagement.backend.KeyAlgorithm;

import java.security.PublicKey;

/** The public JWK a managed key is published as: {@code use: sig} and its JWS algorithm, or {@code use: enc} for ECDH-ES. */
final class PublicKeyJwk {

    private PublicKeyJwk() {
    }

    static String json(PublicKey publicKey, String kid, KeyAlgorithm algorithm) {
        JWK jwk = PublicJwks.of(publicKey, kid);
        if (algorithm == KeyAlgorithm.ECDH_ES) {
            jwk = new ECKey.Builder((ECKey) jwk).keyUse(KeyUse.ENCRYPTION).algorithm(JWEAlgorithm.ECDH_ES).build();
        }
        return jwk.toJSONString();
    }
}
