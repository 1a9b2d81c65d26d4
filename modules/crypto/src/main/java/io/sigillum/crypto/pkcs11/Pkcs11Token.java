package io.sigillum.crypto.pkcs11;

import io.sigillum.crypto.pkcs11.Pkcs11Exception.Reason;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.internal.KeyAlgorithms;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.nio.file.Files;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.InvalidParameterException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.security.auth.login.LoginException;

/**
 * An HSM token, opened through the JDK's {@code SunPKCS11} provider and logged in: it
 * generates EC signing keys inside the token under an alias, finds them again (in this process
 * or after a restart), and destroys them. The private keys are token objects, sensitive and not
 * extractable: they never leave the token.
 *
 * <p>Each token gets a provider instance of its own, made from an inline configuration and never
 * added to the JCA list. Nothing needs {@code jdk.crypto.cryptoki} at compile time; every full
 * JDK has it at run time.
 *
 * <p>The PIN is used to log in and not kept. PKCS#11 keeps one login per process and token:
 * a second {@code Pkcs11Token} on a token this process is already logged in to shares that
 * login (the provider then does not check the PIN again), and {@link #close()} logs out all of
 * them.
 *
 * <p>Thread-safe.
 */
public final class Pkcs11Token implements AutoCloseable {

    /** What a JWS {@code kid} usually is (a name, a base64url thumbprint); no spaces, no controls. */
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9._:~-]{1,128}");
    private static final String SUN_PKCS11 = "SunPKCS11";

    private final Pkcs11Config config;
    private final Provider provider;
    private final KeyStore keyStore;
    private volatile boolean closed;

    private Pkcs11Token(Pkcs11Config config, Provider provider, KeyStore keyStore) {
        this.config = config;
        this.provider = provider;
        this.keyStore = keyStore;
    }

    /**
     * Loads the library, selects the slot and logs in.
     *
     * @param config the library and slot
     * @param pin    the user PIN; read, not kept: the caller may clear it once this returns
     * @return the open token
     * @throws Pkcs11Exception {@link Reason#LIBRARY_NOT_FOUND}, {@link Reason#LIBRARY_FAILED},
     *                         {@link Reason#TOKEN_NOT_FOUND}, {@link Reason#WRONG_PIN},
     *                         {@link Reason#PIN_LOCKED}, {@link Reason#PROVIDER_UNAVAILABLE}
     */
    public static Pkcs11Token open(Pkcs11Config config, char[] pin) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(pin, "pin");
        String where = "PKCS#11 token at " + config;
        Provider template = Security.getProvider(SUN_PKCS11);
        if (template == null) {
            throw new Pkcs11Exception(Reason.PROVIDER_UNAVAILABLE,
                    "this Java runtime has no SunPKCS11 provider (module jdk.crypto.cryptoki)", null);
        }
        if (!Files.isRegularFile(config.library())) {
            throw new Pkcs11Exception(Reason.LIBRARY_NOT_FOUND, "no PKCS#11 library at " + config.library(), null);
        }
        Provider provider;
        try {
            provider = template.configure(SunPkcs11Config.inline(config));
        } catch (ProviderException | InvalidParameterException e) {
            throw SunPkcs11Failures.classify("cannot open " + where, e, Reason.LIBRARY_FAILED);
        }
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
            keyStore.load(null, pin);
            return new Pkcs11Token(config, provider, keyStore);
        } catch (IOException | GeneralSecurityException | ProviderException e) {
            throw SunPkcs11Failures.classify("cannot log in to " + where, e, Reason.TOKEN_FAILURE);
        }
    }

    /**
     * Generates a key pair inside the token and stores it under the alias, with a self-signed
     * placeholder certificate until {@link #setCertificateChain} stores a real chain.
     *
     * @param alias     the new key's alias, also its key id: 1 to 128 of {@code A-Z a-z 0-9 . _ : ~ -}
     * @param algorithm ES256 (P-256), ES384 (P-384) or ES512 (P-521)
     * @return a signer for the new key, with an empty certificate chain
     * @throws Pkcs11Exception          {@link Reason#ALIAS_IN_USE}, or {@link Reason#TOKEN_FAILURE}
     * @throws IllegalArgumentException for an alias outside the pattern, or EdDSA, which
     *                                  {@code SunPKCS11} does not generate keys for
     */
    public synchronized Pkcs11Signer generateKey(String alias, SignatureAlgorithm algorithm) {
        checkAlias(alias);
        String curve = curve(Objects.requireNonNull(algorithm, "algorithm"));
        ensureOpen();
        KeyPair keys;
        try {
            if (keyStore.containsAlias(alias)) {
                throw new Pkcs11Exception(Reason.ALIAS_IN_USE, "alias " + alias + " is in use on " + config, null);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
            generator.initialize(new ECGenParameterSpec(curve));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException | ProviderException e) {
            throw SunPkcs11Failures.classify("cannot generate a " + curve + " key on " + config, e, Reason.TOKEN_FAILURE);
        }
        try {
            X509Certificate placeholder = PlaceholderCertificate.create(alias, keys, algorithm, provider);
            keyStore.setKeyEntry(alias, keys.getPrivate(), null, new Certificate[] {placeholder});
            return new Pkcs11Signer(alias, algorithm, keys.getPrivate(), placeholder.getPublicKey(), List.of(), provider);
        } catch (GeneralSecurityException | OperatorCreationException | ProviderException e) {
            // The key is already a token object; without its certificate the KeyStore cannot find
            // it again, and the JCA offers no way to destroy it, so say so.
            throw SunPkcs11Failures.classify("cannot store key " + alias + " on " + config
                    + " (the generated key may remain on the token without an alias)", e, Reason.TOKEN_FAILURE);
        }
    }

    /**
     * Finds a key by alias.
     *
     * @param alias the key's alias
     * @return a signer for it, reporting the chain stored with it (empty for the placeholder)
     * @throws Pkcs11Exception {@link Reason#UNKNOWN_ALIAS}, or {@link Reason#TOKEN_FAILURE}
     */
    public synchronized Pkcs11Signer signer(String alias) {
        checkAlias(alias);
        ensureOpen();
        try {
            if (!isKey(alias) || !(keyStore.getKey(alias, null) instanceof PrivateKey privateKey)) {
                throw unknown(alias);
            }
            List<X509Certificate> stored = chain(alias);
            X509Certificate leaf = stored.getFirst();
            SignatureAlgorithm algorithm = KeyAlgorithms.forKey(leaf.getPublicKey());
            List<X509Certificate> reported = PlaceholderCertificate.isPlaceholder(leaf, alias) ? List.of() : stored;
            return new Pkcs11Signer(alias, algorithm, privateKey, leaf.getPublicKey(), reported, provider);
        } catch (GeneralSecurityException | ProviderException e) {
            throw SunPkcs11Failures.classify("cannot read key " + alias + " from " + config, e, Reason.TOKEN_FAILURE);
        }
    }

    /**
     * Stores the key's certificate chain in the token in place of what it had (the placeholder,
     * or an earlier chain), e.g. once a CA has issued the key's certificate.
     *
     * @param alias the key's alias
     * @param chain leaf first; the leaf must certify this key's public key
     * @return a signer that reports the new chain
     * @throws IllegalArgumentException for an empty chain, or a leaf for another key
     * @throws Pkcs11Exception          {@link Reason#UNKNOWN_ALIAS}, or {@link Reason#TOKEN_FAILURE}
     */
    public synchronized Pkcs11Signer setCertificateChain(String alias, List<X509Certificate> chain) {
        Objects.requireNonNull(chain, "chain");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain has at least its leaf");
        }
        Pkcs11Signer current = signer(alias);
        if (!chain.getFirst().getPublicKey().equals(current.publicKey())) {
            throw new IllegalArgumentException("the leaf certificate is not for key " + alias);
        }
        try {
            // SunPKCS11 sees an entry with the same public key and replaces its certificates,
            // leaving the private key as it is.
            keyStore.setKeyEntry(alias, current.privateKey(), null, chain.toArray(new Certificate[0]));
        } catch (GeneralSecurityException | ProviderException e) {
            throw SunPkcs11Failures.classify("cannot store the chain of key " + alias + " on " + config, e,
                    Reason.TOKEN_FAILURE);
        }
        return signer(alias);
    }

    /**
     * Destroys the key and the certificates stored with it. There is no undo.
     *
     * @param alias the key's alias
     * @throws Pkcs11Exception {@link Reason#UNKNOWN_ALIAS}, or {@link Reason#TOKEN_FAILURE}
     */
    public synchronized void deleteKey(String alias) {
        checkAlias(alias);
        ensureOpen();
        try {
            if (!isKey(alias)) {
                throw unknown(alias);
            }
            keyStore.deleteEntry(alias);
        } catch (GeneralSecurityException | ProviderException e) {
            throw SunPkcs11Failures.classify("cannot delete key " + alias + " from " + config, e, Reason.TOKEN_FAILURE);
        }
    }

    /** @return the aliases of the signing keys on the token, sorted */
    public synchronized Set<String> aliases() {
        ensureOpen();
        try {
            Set<String> keys = new TreeSet<>();
            for (String alias : Collections.list(keyStore.aliases())) {
                if (keyStore.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            return Collections.unmodifiableSet(keys);
        } catch (GeneralSecurityException | ProviderException e) {
            throw SunPkcs11Failures.classify("cannot list the keys of " + config, e, Reason.TOKEN_FAILURE);
        }
    }

    /** @return where this token is */
    public Pkcs11Config config() {
        return config;
    }

    /**
     * Logs out of the token. This ends the login of every {@code Pkcs11Token} on the same token
     * in this process, and their signers stop signing. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            ((AuthProvider) provider).logout();
        } catch (LoginException | ProviderException e) {
            // Nothing left to do about it: the session ends with the process at the latest.
        }
    }

    /** @return the library and slot; never the PIN */
    @Override
    public String toString() {
        return "Pkcs11Token[" + config + (closed ? ", closed" : "") + "]";
    }

    private boolean isKey(String alias) throws GeneralSecurityException {
        return keyStore.containsAlias(alias) && keyStore.isKeyEntry(alias);
    }

    private List<X509Certificate> chain(String alias) throws GeneralSecurityException {
        Certificate[] stored = keyStore.getCertificateChain(alias);
        if (stored == null || stored.length == 0) {
            throw unknown(alias);
        }
        List<X509Certificate> chain = new ArrayList<>(stored.length);
        for (Certificate certificate : stored) {
            chain.add((X509Certificate) certificate);
        }
        return chain;
    }

    private Pkcs11Exception unknown(String alias) {
        return new Pkcs11Exception(Reason.UNKNOWN_ALIAS, "no key with alias " + alias + " on " + config, null);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the PKCS#11 token at " + config + " is closed");
        }
    }

    private static void checkAlias(String alias) {
        Objects.requireNonNull(alias, "alias");
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("a key alias is 1 to 128 of A-Z a-z 0-9 . _ : ~ -");
        }
    }

    private static String curve(SignatureAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> "secp256r1";
            case ES384 -> "secp384r1";
            case ES512 -> "secp521r1";
            case EDDSA -> throw new IllegalArgumentException(
                    "SunPKCS11 does not generate Ed25519 keys: use ES256, ES384 or ES512");
            case RS256, RS384, RS512, PS256, PS384, PS512 ->
                    throw new IllegalArgumentException("RSA algorithms are for verification only: use ES256, ES384 or ES512");
        };
    }
}
