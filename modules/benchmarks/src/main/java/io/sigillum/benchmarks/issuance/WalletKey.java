package io.sigillum.benchmarks.issuance;

import com.nimbusds.jose.jwk.JWK;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;

import java.security.KeyPair;
import java.security.Provider;
import java.security.PublicKey;

/**
 * A wallet's P-256 key (a DPoP key or a holder key): its signer and its public half as the
 * {@code jwk} header carries it.
 *
 * @param signer    signs ES256
 * @param publicKey the public key
 * @param jwk       the public key as a JWK, for the {@code jwk} header
 */
record WalletKey(LocalKeySigner signer, PublicKey publicKey, JWK jwk) {

    /** @return a fresh key, signing with the first provider of the JCA list */
    static WalletKey generate() {
        KeyPair keys = EcKeyPairs.p256();
        return new WalletKey(LocalKeySigner.of("wallet", keys.getPrivate()), keys.getPublic(),
                PublicJwks.of(keys.getPublic(), null));
    }

    /** @return a fresh key, signing with this provider */
    static WalletKey generate(Provider provider) {
        KeyPair keys = EcKeyPairs.p256();
        return new WalletKey(LocalKeySigner.withProvider("wallet", keys.getPrivate(), provider), keys.getPublic(),
                PublicJwks.of(keys.getPublic(), null));
    }
}
