package io.sigillum.kmsclient;

import io.sigillum.api.keymanagement.model.InputType;
import io.sigillum.api.keymanagement.model.SignResult;
import io.sigillum.api.keymanagement.model.SigningKey;
import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.x509.DerCertificates;

import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A {@link io.sigillum.crypto.sign.Signer} of one key in the key-management service: each
 * signature is one call ({@link #signAll} many in one). When the key has rotated away the service
 * answers 409; this signer then throws a {@link KmsException} with {@link KmsException#keyNotActive()}
 * and the client forgets the key, so the caller builds its header again with
 * {@link KmsClient#signer} and signs once more.
 */
public final class RemoteSigner implements DigestSigner {

    private final KmsCalls calls;
    private final String kid;
    private final SignatureAlgorithm algorithm;
    private final List<X509Certificate> chain;
    private final Runnable forget;

    RemoteSigner(KmsCalls calls, SigningKey key, Runnable forget) {
        this.calls = calls;
        this.kid = key.getKid();
        this.algorithm = SignatureAlgorithm.fromJwsName(key.getAlgorithm().toString())
                .orElseThrow(() -> new KmsException(200, "about:blank", "key " + key.getKid() + " does not sign ("
                        + key.getAlgorithm() + ")", null));
        this.chain = certificates(key.getX5c());
        this.forget = forget;
    }

    @Override
    public String keyId() {
        return kid;
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** @throws KmsException when the service refuses or cannot be reached */
    @Override
    public byte[] sign(byte[] signingInput) {
        return signOne(Objects.requireNonNull(signingInput, "signingInput"), InputType.JWS_SIGNING_INPUT);
    }

    /** @throws KmsException when the service refuses or cannot be reached */
    @Override
    public byte[] signDigest(byte[] digest) {
        return signOne(Objects.requireNonNull(digest, "digest"), InputType.DIGEST);
    }

    /**
     * Signs many inputs in one call (at most the service's batch size, 256 by default).
     *
     * @return the signatures in the order of the inputs
     * @throws KmsException when the service refuses or cannot be reached
     */
    public List<byte[]> signAll(List<byte[]> signingInputs) {
        try {
            return calls.signBatch(kid, signingInputs, InputType.JWS_SIGNING_INPUT).getSignatures().stream()
                    .map(Base64.getUrlDecoder()::decode).toList();
        } catch (KmsException e) {
            throw forgettingRotated(e);
        }
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    private byte[] signOne(byte[] input, InputType type) {
        try {
            SignResult result = calls.sign(kid, input, type);
            return Base64.getUrlDecoder().decode(result.getSignature());
        } catch (KmsException e) {
            throw forgettingRotated(e);
        }
    }

    private KmsException forgettingRotated(KmsException e) {
        if (e.keyNotActive()) {
            forget.run();
        }
        return e;
    }

    private static List<X509Certificate> certificates(List<String> x5c) {
        if (x5c == null || x5c.isEmpty()) {
            return List.of();
        }
        try {
            return DerCertificates.fromX5c(x5c);
        } catch (IllegalArgumentException e) {
            throw new KmsException(200, "about:blank", "the key-management service sent an x5c that does not parse", e);
        }
    }

    /** @return the key id and algorithm */
    @Override
    public String toString() {
        return "RemoteSigner[" + kid + ", " + algorithm.jwsName() + "]";
    }
}
