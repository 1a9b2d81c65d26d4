package io.sigillum.crypto.pkcs11;

import com.nimbusds.jose.JOSEException;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.SigningException;
import io.sigillum.crypto.sign.internal.JcaSigning;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Signer} whose private key is inside a PKCS#11 token; made by {@link Pkcs11Token}.
 * The token does the signing; this object holds only a handle to the key and its public half.
 *
 * <p>Thread-safe: each signature gets its own {@link Signature}, and the provider lends each
 * one a session of the token's from its pool. It signs while the token stays logged in (see
 * {@link Pkcs11Token#close()}).
 */
public final class Pkcs11Signer implements DigestSigner {

    private final String keyId;
    private final SignatureAlgorithm algorithm;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final List<X509Certificate> chain;
    private final Provider provider;

    Pkcs11Signer(String keyId, SignatureAlgorithm algorithm, PrivateKey privateKey, PublicKey publicKey,
                 List<X509Certificate> chain, Provider provider) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.chain = List.copyOf(chain);
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /** @return the key's alias on the token */
    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] signingInput) {
        Objects.requireNonNull(signingInput, "signingInput");
        try {
            return JcaSigning.sign(Signature.getInstance(algorithm.jcaName(), provider), privateKey, algorithm, signingInput);
        } catch (GeneralSecurityException | JOSEException | ProviderException e) {
            // ProviderException: how SunPKCS11 reports a token failure in the middle of an operation.
            throw new SigningException("key " + keyId + " in the PKCS#11 token could not sign with "
                    + algorithm.jwsName(), e);
        }
    }

    @Override
    public byte[] signDigest(byte[] digest) {
        Objects.requireNonNull(digest, "digest");
        JcaSigning.checkDigest(algorithm, digest);
        try {
            // CKM_ECDSA: the token signs its input as the hash.
            return JcaSigning.sign(Signature.getInstance(JcaSigning.RAW_ECDSA, provider), privateKey, algorithm, digest);
        } catch (GeneralSecurityException | JOSEException | ProviderException e) {
            throw new SigningException("key " + keyId + " in the PKCS#11 token could not sign a digest with "
                    + algorithm.jwsName(), e);
        }
    }

    /** @return the certificate chain stored with the key, leaf first; empty while it has none */
    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    /** @return the key's public half, a plain JDK key that any provider verifies with */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The token's handle to the private key; for this package's tests, which check it stays inside. */
    PrivateKey privateKey() {
        return privateKey;
    }

    /** @return the key id, algorithm and provider; never the key */
    @Override
    public String toString() {
        return "Pkcs11Signer[" + keyId + ", " + algorithm.jwsName() + ", " + provider.getName() + "]";
    }
}
