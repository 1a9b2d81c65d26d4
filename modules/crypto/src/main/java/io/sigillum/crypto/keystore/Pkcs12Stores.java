package io.sigillum.crypto.keystore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds PKCS#12 stores with the JDK's own implementation, which encrypts with PBES2/AES-256 and
 * protects integrity with HmacSHA256, and which every Java TLS stack reads.
 *
 * <p>The key entry's password is the store password, as Java servers (Helidon among them)
 * expect by default.
 */
public final class Pkcs12Stores {

    private static final String TYPE = "PKCS12";

    private Pkcs12Stores() {
    }

    /**
     * A key store with one private key entry.
     *
     * @param alias      the entry's alias
     * @param privateKey the key
     * @param chain      its certificate first, then the issuers
     * @param password   the store (and entry) password
     * @return the encoded store
     */
    public static byte[] keyStore(String alias, PrivateKey privateKey, List<X509Certificate> chain,
                                  char[] password) {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(password, "password");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the chain is empty");
        }
        try {
            KeyStore store = empty();
            store.setKeyEntry(alias, privateKey, password, chain.toArray(Certificate[]::new));
            return encode(store, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot store this key and chain: " + e.getMessage(), e);
        }
    }

    /**
     * A trust store of trusted certificate entries.
     *
     * @param trusted  alias to certificate (iteration order is kept)
     * @param password the store password
     * @return the encoded store
     */
    public static byte[] trustStore(Map<String, X509Certificate> trusted, char[] password) {
        Objects.requireNonNull(trusted, "trusted");
        Objects.requireNonNull(password, "password");
        if (trusted.isEmpty()) {
            throw new IllegalArgumentException("a trust store needs at least one certificate");
        }
        try {
            KeyStore store = empty();
            for (Map.Entry<String, X509Certificate> entry : trusted.entrySet()) {
                store.setCertificateEntry(entry.getKey(), entry.getValue());
            }
            return encode(store, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot store these certificates: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a PKCS#12 store.
     *
     * @param encoded  the store's bytes
     * @param password its password
     * @return the loaded store
     * @throws IllegalArgumentException if the bytes are not a PKCS#12 store or the password is wrong
     */
    public static KeyStore load(byte[] encoded, char[] password) {
        Objects.requireNonNull(encoded, "encoded");
        try {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(new ByteArrayInputStream(encoded), password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the PKCS#12 store: " + e.getMessage(), e);
        }
    }

    private static KeyStore empty() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(TYPE);
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new IllegalStateException("an empty key store cannot fail to load", e);
        }
        return store;
    }

    private static byte[] encode(KeyStore store, char[] password) throws GeneralSecurityException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            store.store(bytes, password);
        } catch (IOException e) {
            throw new IllegalStateException("writing a key store to memory failed", e);
        }
        return bytes.toByteArray();
    }
}
