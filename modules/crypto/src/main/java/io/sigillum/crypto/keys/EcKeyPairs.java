package io.sigillum.crypto.keys;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/**
 * Generates elliptic-curve key pairs with the JDK's provider.
 *
 * <p>P-256 is the curve the EUDI Wallet profiles (HAIP) require for ES256 and for X.509 chains.
 */
public final class EcKeyPairs {

    private EcKeyPairs() {
    }

    /**
     * @return a fresh P-256 (secp256r1) key pair whose keys implement
     *         {@link java.security.interfaces.ECPrivateKey} and {@link java.security.interfaces.ECPublicKey}
     */
    public static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime must support P-256: this is a broken JDK, not bad input.
            throw new IllegalStateException("the JDK cannot generate P-256 keys", e);
        }
    }
}
