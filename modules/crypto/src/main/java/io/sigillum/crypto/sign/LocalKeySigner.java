package io.sigillum.crypto.sign;

import com.nimbusds.jose.JOSEException;
import io.sigillum.crypto.sign.internal.JcaSigning;
import io.sigillum.crypto.sign.internal.KeyAlgorithms;
import io.sigillum.crypto.sign.internal.LocalKeys;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Signer} whose private key is in this process: EC on P-256, P-384 or P-521 (ES256,
 * ES384, ES512) or Ed25519 (EdDSA).
 *
 * <p>It binds to one JCA provider when made: the one given, or the first in the JCA list that
 * accepts the key (the fast provider once {@link io.sigillum.crypto.provider.CryptoProviders#install()}
 * has run). Thread-safe: each signature gets its own {@link Signature} object.
 */
public final class LocalKeySigner implements DigestSigner {

    private final String keyId;
    private final PrivateKey privateKey;
    private final SignatureAlgorithm algorithm;
    private final Provider provider;
    private final List<X509Certificate> chain;

    private LocalKeySigner(String keyId, PrivateKey privateKey, List<X509Certificate> chain, Provider provider) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKey, "privateKey");
        this.chain = List.copyOf(Objects.requireNonNull(chain, "chain"));
        this.algorithm = KeyAlgorithms.forKey(privateKey);
        LocalKeys.Bound bound = LocalKeys.bind(privateKey, algorithm, provider);
        this.privateKey = bound.key();
        this.provider = bound.provider();
    }

    /**
     * @param keyId      the key's identifier
     * @param privateKey an EC (P-256, P-384, P-521) or Ed25519 private key
     * @return a signer without a certificate chain
     * @throws IllegalArgumentException for another kind of key, or one no provider can sign with
     */
    public static LocalKeySigner of(String keyId, PrivateKey privateKey) {
        return new LocalKeySigner(keyId, privateKey, List.of(), null);
    }

    /**
     * @param keyId      the key's identifier
     * @param privateKey an EC (P-256, P-384, P-521) or Ed25519 private key
     * @param chain      its certificate chain, leaf first (may be empty)
     * @return a signer that reports the chain
     * @throws IllegalArgumentException for another kind of key, or one no provider can sign with
     */
    public static LocalKeySigner of(String keyId, PrivateKey privateKey, List<X509Certificate> chain) {
        return new LocalKeySigner(keyId, privateKey, chain, null);
    }

    /**
     * A signer bound to one named provider, e.g. to compare providers.
     *
     * @param keyId      the key's identifier
     * @param privateKey an EC (P-256, P-384, P-521) or Ed25519 private key
     * @param provider   the JCA provider to sign with
     * @return the signer, without a certificate chain
     * @throws IllegalArgumentException for another kind of key, or one this provider cannot sign with
     */
    public static LocalKeySigner withProvider(String keyId, PrivateKey privateKey, Provider provider) {
        return new LocalKeySigner(keyId, privateKey, List.of(), Objects.requireNonNull(provider, "provider"));
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** @return the JCA provider this signer signs with */
    public Provider provider() {
        return provider;
    }

    @Override
    public byte[] sign(byte[] signingInput) {
        Objects.requireNonNull(signingInput, "signingInput");
        try {
            return JcaSigning.sign(Signature.getInstance(algorithm.jcaName(), provider), privateKey, algorithm, signingInput);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new SigningException("key " + keyId + " could not sign with " + algorithm.jwsName(), e);
        }
    }

    @Override
    public byte[] signDigest(byte[] digest) {
        Objects.requireNonNull(digest, "digest");
        JcaSigning.checkDigest(algorithm, digest);
        try {
            return JcaSigning.sign(rawEcdsa(), privateKey, algorithm, digest);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new SigningException("key " + keyId + " could not sign a digest with " + algorithm.jwsName(), e);
        }
    }

    private Signature rawEcdsa() throws GeneralSecurityException {
        try {
            return Signature.getInstance(JcaSigning.RAW_ECDSA, provider);
        } catch (java.security.NoSuchAlgorithmException notHere) {
            return Signature.getInstance(JcaSigning.RAW_ECDSA);
        }
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    /** @return the key id and algorithm; never the key */
    @Override
    public String toString() {
        return "LocalKeySigner[" + keyId + ", " + algorithm.jwsName() + ", " + provider.getName() + "]";
    }
}
