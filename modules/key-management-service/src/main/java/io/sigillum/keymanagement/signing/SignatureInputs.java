package io.sigillum.keymanagement.signing;

import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.keymanagement.key.KeyProblems;

import java.util.Base64;

/** Decodes and checks what callers send to sign: base64url without padding (RFC 4648 §5), within limits. */
final class SignatureInputs {

    private SignatureInputs() {
    }

    /**
     * @param index    the input's position in a batch, or -1 for a single input
     * @param maxBytes the largest input taken
     */
    static byte[] decode(String encoded, int index, int maxBytes) {
        String which = index < 0 ? "The input" : "Input " + index;
        if (encoded == null || encoded.isEmpty()) {
            throw KeyProblems.badRequest(which + " is empty.");
        }
        // Four base64 characters carry three bytes: refuse what is too large before decoding it.
        if ((long) encoded.length() * 3 / 4 > maxBytes) {
            throw KeyProblems.tooLarge(which + " is larger than " + maxBytes + " bytes.");
        }
        if (encoded.indexOf('=') >= 0) {
            throw KeyProblems.badRequest(which + " is not base64url without padding.");
        }
        try {
            return Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw KeyProblems.badRequest(which + " is not base64url without padding.");
        }
    }

    /** Checks that a digest fits the key's algorithm. */
    static void checkDigest(byte[] digest, SignatureAlgorithm algorithm, int index) {
        int expected = DigestSigner.digestLength(algorithm);
        String which = index < 0 ? "The digest" : "Digest " + index;
        if (expected == 0) {
            throw KeyProblems.badRequest(algorithm.jwsName() + " keys sign whole inputs, not digests.");
        }
        if (digest.length != expected) {
            throw KeyProblems.badRequest(which + " has " + digest.length + " bytes; " + algorithm.jwsName()
                    + " takes a " + expected + "-byte hash.");
        }
    }
}
