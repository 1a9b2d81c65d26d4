package io.sigillum.keymanagement.backend.software;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The AES-256 key that wraps every software private key. Its id is a fingerprint, stored beside
 * each wrapped key, so a service started with another master key says so instead of failing on
 * an authentication tag.
 */
public final class MasterKey {

    /** AES-256. */
    static final int LENGTH = 32;

    private final SecretKey key;
    private final String id;
    private final boolean generated;

    MasterKey(byte[] material, boolean generated) {
        if (material.length != LENGTH) {
            throw new IllegalArgumentException("the KMS master key must be " + LENGTH + " bytes, not " + material.length);
        }
        this.key = new SecretKeySpec(material, "AES");
        this.id = fingerprint(material);
        this.generated = generated;
    }

    SecretKey secretKey() {
        return key;
    }

    /** @return the fingerprint that names this key: 16 hex digits of a domain-separated SHA-256 */
    public String id() {
        return id;
    }

    /** @return whether this process generated it (fit for a development run only) */
    public boolean generated() {
        return generated;
    }

    /** @return whether the key is a placeholder: all bytes alike, or a run of a repeated short pattern */
    boolean placeholder() {
        byte[] material = key.getEncoded();
        for (int period = 1; period <= 4; period++) {
            boolean repeats = true;
            for (int i = period; i < material.length && repeats; i++) {
                repeats = material[i] == material[i - period];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    private static String fingerprint(byte[] material) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("sigillum kms master key id\0".getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha256.digest(material);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** @return the id only, never the key */
    @Override
    public String toString() {
        return "MasterKey[" + id + (generated ? ", generated" : "") + "]";
    }
}
