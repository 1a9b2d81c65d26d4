package io.sigillum.trustedlist.model;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A subject key identifier as a trusted list states it ({@code X509SKI}, TS 119 612 §5.5.3): the
 * key identifier's octets. Compared by value.
 */
public final class KeyIdentifier {

    private final byte[] octets;

    private KeyIdentifier(byte[] octets) {
        this.octets = octets;
    }

    /**
     * @param octets the key identifier, at least one octet; copied
     * @return the key identifier
     */
    public static KeyIdentifier of(byte[] octets) {
        if (octets.length == 0) {
            throw new IllegalArgumentException("a key identifier is not empty");
        }
        return new KeyIdentifier(octets.clone());
    }

    /** @return a copy of the octets */
    public byte[] octets() {
        return octets.clone();
    }

    /** @return the octets in lower-case hexadecimal */
    public String hex() {
        return HexFormat.of().formatHex(octets);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyIdentifier that && Arrays.equals(octets, that.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return "KeyIdentifier[" + hex() + "]";
    }
}
