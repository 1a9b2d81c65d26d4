package io.sigillum.crypto.sign.internal;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;

/**
 * Converts a key into the given provider's own key class once, so that each signature does not
 * convert it again. Keys the provider's key factory cannot take (a PKCS#11 handle) stay as they are.
 */
final class ProviderKeys {

    private ProviderKeys() {
    }

    @SuppressWarnings("unchecked")
    static <K extends Key> K translate(K key, Provider provider) {
        String family = key.getAlgorithm().startsWith("Ed") || "RSA".equals(key.getAlgorithm()) ? key.getAlgorithm() : "EC";
        try {
            Key translated = KeyFactory.getInstance(family, provider).translateKey(key);
            if (key instanceof PrivateKey && translated instanceof PrivateKey
                    || key instanceof PublicKey && translated instanceof PublicKey) {
                return (K) translated;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // Not this provider's kind of key: the Signature will take it as it is, or refuse it.
        }
        return key;
    }
}
