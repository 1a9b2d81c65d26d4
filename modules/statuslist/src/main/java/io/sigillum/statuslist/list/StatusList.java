package io.sigillum.statuslist.list;

import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.TokenStatusListSpec;
import io.sigillum.statuslist.internal.Base64Url;
import io.sigillum.statuslist.internal.Zlib;

import java.util.Arrays;
import java.util.Objects;

/**
 * A Status List (draft §4.1): {@link #size()} entries of {@link #bits()} bits each (1, 2, 4 or 8),
 * packed into a byte array so that entry {@code i} sits in byte {@code floor(i * bits / 8)} at bit
 * offset {@code (i * bits) mod 8}, counting from the least significant bit. With one bit per entry,
 * entries 0 to 7 are bits 0 to 7 of byte 0; with two bits, entry 0 is bits 0-1 and entry 3 bits 6-7.
 * An entry never spans two bytes, because the widths divide 8.
 *
 * <p>A new list holds {@link Status#VALID} everywhere. Not thread-safe while it is being changed;
 * once built, any number of threads may read it.
 */
public final class StatusList {

    private final int bits;
    private final long size;
    private final byte[] bytes;

    private StatusList(int bits, long size, byte[] bytes) {
        this.bits = bits;
        this.size = size;
        this.bytes = bytes;
    }

    /**
     * @param bits bits per entry: 1, 2, 4 or 8
     * @param size the number of entries, at least 1
     * @return a list of that many {@link Status#VALID} entries
     * @throws IllegalArgumentException for another width, or a size the JDK cannot hold in one array
     */
    public static StatusList of(int bits, long size) {
        checkBits(bits);
        if (size < 1) {
            throw new IllegalArgumentException("a Status List holds at least one entry");
        }
        return new StatusList(bits, size, new byte[byteLength(bits, size)]);
    }

    /**
     * @param bits  bits per entry: 1, 2, 4 or 8
     * @param bytes an uncompressed byte array, packed as §4.1 says; every slot in it is an entry
     * @return the list, over a copy of the bytes
     * @throws IllegalArgumentException for another width or an empty array
     */
    public static StatusList fromBytes(int bits, byte[] bytes) {
        checkBits(bits);
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a Status List holds at least one entry");
        }
        return new StatusList(bits, (long) bytes.length * Byte.SIZE / bits, bytes.clone());
    }

    /**
     * Inflates a compressed byte array made by someone else (§8.3 step 5).
     *
     * @param bits       the {@code bits} the Status List structure declares
     * @param compressed one ZLIB stream (RFC 1950)
     * @param limits     the cap on the inflated size, and the size the caller expects if any
     * @return the list; without an expected size, every slot of the inflated bytes is an entry
     * @throws StatusListException {@link Reason#UNSUPPORTED_BITS}, {@link Reason#MALFORMED_LIST},
     *                             {@link Reason#TOO_LARGE} or {@link Reason#LENGTH_MISMATCH}
     */
    public static StatusList decompress(int bits, byte[] compressed, DecodeLimits limits) throws StatusListException {
        Objects.requireNonNull(compressed, "compressed");
        Objects.requireNonNull(limits, "limits");
        if (!TokenStatusListSpec.ALLOWED_BITS.contains(bits)) {
            throw new StatusListException(Reason.UNSUPPORTED_BITS, "bits is 1, 2, 4 or 8 (§4.1), not " + bits);
        }
        byte[] bytes = Zlib.inflate(compressed, limits.maxDecompressedBytes());
        if (limits.hasExpectedEntries()) {
            long expected = ((limits.expectedEntries() * bits) + 7) / 8;
            if (bytes.length != expected) {
                throw new StatusListException(Reason.LENGTH_MISMATCH, "the list inflates to " + bytes.length + " bytes, not the "
                        + expected + " that " + limits.expectedEntries() + " entries of " + bits + " bits take");
            }
            return new StatusList(bits, limits.expectedEntries(), bytes);
        }
        if (bytes.length == 0) {
            throw new StatusListException(Reason.MALFORMED_LIST, "the list inflates to no bytes: it holds no entry");
        }
        return new StatusList(bits, (long) bytes.length * Byte.SIZE / bits, bytes);
    }

    /**
     * As {@link #decompress}, from the base64url text of {@code lst} in the JSON form (§4.2).
     *
     * @throws StatusListException also {@link Reason#MALFORMED_LIST} when the text is not unpadded base64url
     */
    public static StatusList fromLst(int bits, String lst, DecodeLimits limits) throws StatusListException {
        Objects.requireNonNull(lst, "lst");
        return decompress(bits, Base64Url.decode(lst, "lst"), limits);
    }

    /** @return bits per entry: 1, 2, 4 or 8 */
    public int bits() {
        return bits;
    }

    /** @return the number of entries; valid indices are 0 to {@code size() - 1} */
    public long size() {
        return size;
    }

    /**
     * @param index an entry's index
     * @return its status
     * @throws IndexOutOfBoundsException when the index is not in the list
     */
    public Status get(long index) {
        Objects.checkIndex(index, size);
        long bitOffset = index * bits;
        int unpacked = (bytes[(int) (bitOffset >>> 3)] & 0xFF) >>> (bitOffset & 7);
        return Status.of(unpacked & mask());
    }

    /**
     * Looks up the entry a referenced token names (§8.3 step 6): unlike {@link #get}, an index from
     * outside is an answer, not a bug.
     *
     * @param index the referenced token's {@code idx}
     * @return its status
     * @throws StatusListException {@link Reason#INDEX_OUT_OF_RANGE} when the index is not in the list
     */
    public Status statusAt(long index) throws StatusListException {
        if (index < 0 || index >= size) {
            throw new StatusListException(Reason.INDEX_OUT_OF_RANGE,
                    "index " + index + " is outside the list of " + size + " entries: the token MUST be rejected (§8.3)");
        }
        return get(index);
    }

    /**
     * @param index  an entry's index
     * @param status its new status
     * @throws IndexOutOfBoundsException when the index is not in the list
     * @throws IllegalArgumentException  when the value needs more bits than an entry has
     */
    public void set(long index, Status status) {
        Objects.checkIndex(index, size);
        Objects.requireNonNull(status, "status");
        if (status.value() > mask()) {
            throw new IllegalArgumentException(status + " does not fit in " + bits + " bit" + (bits == 1 ? "" : "s"));
        }
        long bitOffset = index * bits;
        int byteIndex = (int) (bitOffset >>> 3);
        int shift = (int) (bitOffset & 7);
        bytes[byteIndex] = (byte) ((bytes[byteIndex] & ~(mask() << shift)) | (status.value() << shift));
    }

    /** @return a copy of the uncompressed byte array */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** @return the byte array compressed as §4.1 step 4 says: DEFLATE in ZLIB, at the best level */
    public byte[] compress() {
        return Zlib.deflate(bytes);
    }

    /** @return the compressed byte array as unpadded base64url: {@code lst} in the JSON form (§4.2) */
    public String toLst() {
        return Base64Url.encode(compress());
    }

    /** @return an independent copy */
    public StatusList copy() {
        return new StatusList(bits, size, bytes.clone());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusList list && bits == list.bits && size == list.size && Arrays.equals(bytes, list.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * bits + Long.hashCode(size)) + Arrays.hashCode(bytes);
    }

    /** @return the shape, never the content */
    @Override
    public String toString() {
        return "StatusList[bits=" + bits + ", size=" + size + "]";
    }

    private int mask() {
        return (1 << bits) - 1;
    }

    private static void checkBits(int bits) {
        if (!TokenStatusListSpec.ALLOWED_BITS.contains(bits)) {
            throw new IllegalArgumentException("bits is 1, 2, 4 or 8 (§4.1), not " + bits);
        }
    }

    private static int byteLength(int bits, long size) {
        long length = (size * bits + 7) / 8;
        if (size > Long.MAX_VALUE / 8 || length >= Zlib.MAX_ARRAY) {
            throw new IllegalArgumentException(size + " entries of " + bits + " bits do not fit in one byte array");
        }
        return (int) length;
    }
}
