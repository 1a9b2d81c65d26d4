package io.sigillum.crypto.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Signer} that hashes each signing input here and has a {@link DigestSigner} sign only
 * the digest. The signature is the same as signing the whole input; what travels to a remote
 * signer (or an HSM) is 32 to 64 bytes however large the input, e.g. a status list of a million
 * entries. ECDSA only.
 */
public final class PrehashingSigner implements Signer {

    private final DigestSigner signer;
    private final String hash;

    private PrehashingSigner(DigestSigner signer, String hash) {
        this.signer = signer;
        this.hash = hash;
    }

    /**
     * @param signer an ECDSA signer
     * @return a signer that sends it digests only
     * @throws IllegalArgumentException for an EdDSA signer, which signs whole messages
     */
    public static PrehashingSigner of(DigestSigner signer) {
        Objects.requireNonNull(signer, "signer");
        String hash = switch (signer.algorithm()) {
            case ES256 -> "SHA-256";
            case ES384 -> "SHA-384";
            case ES512 -> "SHA-512";
            case EDDSA -> throw new IllegalArgumentException("EdDSA signs whole messages; it takes no digest");
            case RS256, RS384, RS512, PS256, PS384, PS512 ->
                    throw new IllegalArgumentException("RSA algorithms are for verification only");
        };
        return new PrehashingSigner(signer, hash);
    }

    @Override
    public String keyId() {
        return signer.keyId();
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return signer.algorithm();
    }

    @Override
    public byte[] sign(byte[] signingInput) {
        Objects.requireNonNull(signingInput, "signingInput");
        try {
            return signer.signDigest(MessageDigest.getInstance(hash).digest(signingInput));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(hash + " is part of every Java platform", e);
        }
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return signer.certificateChain();
    }
}
