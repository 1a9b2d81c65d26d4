package io.sigillum.crypto.sign;

/**
 * A {@link Signer} that also signs a hash computed elsewhere, for callers that hash large inputs
 * themselves and send only the digest. ECDSA only: EdDSA (Ed25519) signs whole messages.
 */
public interface DigestSigner extends Signer {

    /**
     * @param digest the hash of the message with the algorithm's hash function: 32 bytes of
     *               SHA-256 for ES256, 48 of SHA-384 for ES384, 64 of SHA-512 for ES512
     * @return the signature in JOSE form (R‖S), the same as {@link #sign(byte[])} gives for the message
     * @throws IllegalArgumentException when the digest has the wrong length or the key is EdDSA
     * @throws SigningException         when the key cannot sign
     */
    byte[] signDigest(byte[] digest);

    /** @return the digest length in bytes that {@link #signDigest(byte[])} takes, or 0 when it takes none */
    static int digestLength(SignatureAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> 32;
            case ES384 -> 48;
            case ES512 -> 64;
            // EdDSA signs whole messages; no signer of Sigillum holds an RSA key.
            case EDDSA, RS256, RS384, RS512, PS256, PS384, PS512 -> 0;
        };
    }
}
