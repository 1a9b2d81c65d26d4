package io.sigillum.sdjwt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The hash algorithms for digests ({@code _sd_alg}, §4.1.1), named as in the IANA "Named
 * Information Hash Algorithm" registry. Only the SHA-2 family is supported; {@code sha-256} is the
 * default when {@code _sd_alg} is absent.
 */
public enum HashAlgorithm {

    /** SHA-256, the default (§4.1.1). */
    SHA_256("sha-256", "SHA-256"),
    /** SHA-384. */
    SHA_384("sha-384", "SHA-384"),
    /** SHA-512. */
    SHA_512("sha-512", "SHA-512");

    private final String ianaName;
    private final String jcaName;

    HashAlgorithm(String ianaName, String jcaName) {
        this.ianaName = ianaName;
        this.jcaName = jcaName;
    }

    /** @return the {@code _sd_alg} value, e.g. {@code sha-256} */
    public String ianaName() {
        return ianaName;
    }

    /**
     * @param name an {@code _sd_alg} value, compared exactly
     * @return the algorithm, or empty when not supported
     */
    public static Optional<HashAlgorithm> fromIanaName(String name) {
        for (HashAlgorithm candidate : values()) {
            if (candidate.ianaName.equals(name)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The base64url digest of an ASCII string, as for Disclosures (§4.2.3) and {@code sd_hash} (§4.3.1).
     *
     * @param ascii the text to hash: a Disclosure or a presented SD-JWT, both ASCII by construction
     * @return base64url without padding of the digest over its US-ASCII bytes
     */
    public String digest(String ascii) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash(ascii.getBytes(StandardCharsets.US_ASCII)));
    }

    private byte[] hash(byte[] input) {
        try {
            return MessageDigest.getInstance(jcaName).digest(input);
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE platform must provide SHA-256, SHA-384 and SHA-512.
            throw new IllegalStateException(jcaName + " is missing from this JDK", e);
        }
    }
}
