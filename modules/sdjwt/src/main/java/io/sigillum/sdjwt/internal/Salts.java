package io.sigillum.sdjwt.internal;

import io.sigillum.sdjwt.SdJwtSpec;

import java.security.SecureRandom;

/** Salts and decoy digests from a {@link SecureRandom} (§4.2.1, §4.2.5, §9.3). */
public final class Salts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Salts() {
    }

    /** @return a fresh salt of 128 bits, base64url-encoded */
    public static String salt() {
        return Base64Url.encode(randomBytes(SdJwtSpec.SALT_BYTES));
    }

    /** @return {@code n} random bytes */
    public static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** @return a random int in {@code [0, bound)} */
    public static int nextInt(int bound) {
        return RANDOM.nextInt(bound);
    }
}
