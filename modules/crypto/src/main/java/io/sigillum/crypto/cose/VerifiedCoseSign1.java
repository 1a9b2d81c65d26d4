package io.sigillum.crypto.cose;

import io.sigillum.crypto.sign.SignatureAlgorithm;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A COSE_Sign1 whose signature has been checked.
 *
 * @param algorithm          the algorithm it was signed with
 * @param protectedHeaders   its protected header parameters (covered by the signature)
 * @param unprotectedHeaders its unprotected header parameters (not covered)
 * @param payload            the payload, attached or supplied as detached
 */
public record VerifiedCoseSign1(SignatureAlgorithm algorithm, CoseHeaders protectedHeaders,
                                CoseHeaders unprotectedHeaders, byte[] payload) {

    /** Checks the fields and copies the payload. */
    public VerifiedCoseSign1 {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(protectedHeaders, "protectedHeaders");
        Objects.requireNonNull(unprotectedHeaders, "unprotectedHeaders");
        payload = payload.clone();
    }

    /** @return a copy of the payload */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** @return the {@code x5chain} of whichever bucket carries it, leaf first (empty when none does) */
    public List<X509Certificate> x5chain() {
        return protectedHeaders.x5chain().isEmpty() ? unprotectedHeaders.x5chain() : protectedHeaders.x5chain();
    }

    /** @return the {@code kid} of whichever bucket carries it */
    public Optional<byte[]> keyId() {
        return protectedHeaders.keyId().or(unprotectedHeaders::keyId);
    }
}
