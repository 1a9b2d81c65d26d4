package io.sigillum.statuslist.list;

import io.sigillum.statuslist.internal.Zlib;

/**
 * How much a reader accepts when it inflates a Status List it did not make.
 *
 * @param maxDecompressedBytes the most bytes the list may inflate to; inflating stops as soon as it
 *                             passes them, so this also bounds the memory a hostile list can take
 * @param expectedEntries      the number of entries the caller knows the list has (from its own
 *                             configuration, say), or -1 when it does not: then the inflated length
 *                             must be exactly {@code ceil(expectedEntries * bits / 8)}
 */
public record DecodeLimits(int maxDecompressedBytes, long expectedEntries) {

    /**
     * The default cap: 16 MiB, room for 134 million entries of 1 bit or 16.7 million of 8 bits. The
     * draft's size table (Appendix B) reaches 100 million 1-bit entries, 12.5 MB uncompressed.
     */
    public static final int DEFAULT_MAX_DECOMPRESSED_BYTES = 16 * 1024 * 1024;

    /** Checks the fields. */
    public DecodeLimits {
        if (maxDecompressedBytes < 1 || maxDecompressedBytes >= Zlib.MAX_ARRAY) {
            throw new IllegalArgumentException("maxDecompressedBytes must be within 1.." + (Zlib.MAX_ARRAY - 1));
        }
        if (expectedEntries < -1 || expectedEntries == 0) {
            throw new IllegalArgumentException("expectedEntries is positive, or -1 for none");
        }
    }

    /** @return the default cap and no expected size */
    public static DecodeLimits defaults() {
        return new DecodeLimits(DEFAULT_MAX_DECOMPRESSED_BYTES, -1);
    }

    /** @return these limits with another cap on the inflated size */
    public DecodeLimits withMaxDecompressedBytes(int maxBytes) {
        return new DecodeLimits(maxBytes, expectedEntries);
    }

    /** @return these limits, requiring the list to hold exactly this many entries */
    public DecodeLimits expectingEntries(long entries) {
        return new DecodeLimits(maxDecompressedBytes, entries);
    }

    /** @return whether the caller declared a size */
    public boolean hasExpectedEntries() {
        return expectedEntries > 0;
    }
}
