package io.sigillum.crypto.sign.internal;

import io.sigillum.crypto.sign.SignatureAlgorithm;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;

/** Chooses the provider a local private key signs with, and converts the key for it once. */
public final class LocalKeys {

    private LocalKeys() {
    }

    /**
     * A private key and the provider that signs with it.
     *
     * @param key      the key, in the provider's own class where it has one
     * @param provider the provider
     */
    public record Bound(PrivateKey key, Provider provider) {
    }

    /**
     * @param key       the private key
     * @param algorithm the algorithm it signs with
     * @param provider  the provider to use, or {@code null} for the first in the JCA list that accepts it
     * @return the key bound to its provider
     * @throws IllegalArgumentException when no provider (or not the given one) can sign with it
     */
    public static Bound bind(PrivateKey key, SignatureAlgorithm algorithm, Provider provider) {
        try {
            Provider chosen = provider;
            if (chosen == null) {
                Signature probe = Signature.getInstance(algorithm.jcaName());
                probe.initSign(key);
                chosen = probe.getProvider();
            }
            PrivateKey translated = ProviderKeys.translate(key, chosen);
            Signature.getInstance(algorithm.jcaName(), chosen).initSign(translated);
            return new Bound(translated, chosen);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("no provider can sign " + algorithm.jwsName() + " with this key", e);
        }
    }
}
