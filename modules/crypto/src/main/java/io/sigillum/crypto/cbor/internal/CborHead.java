package io.sigillum.crypto.cbor.internal;

import io.sigillum.crypto.cbor.CborException;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of one encoded data item (RFC 8949 §3): the tags before it, its major type, additional
 * information and argument. Jackson's parser reports tokens, not heads, so it cannot tell an
 * integer map key from a text one, an indefinite-length string from a definite one, or a simple
 * value from an integer; reading the head at the token's offset tells all three. This is a check
 * on bytes Jackson has already parsed, not a second decoder.
 *
 * @param tags           the tag numbers, outermost first
 * @param majorType      0 to 7
 * @param additionalInfo the low five bits of the initial byte (31: indefinite length)
 * @param argument       the argument, unsigned (a negative {@code long} is above 2<sup>63</sup>-1)
 * @param initialByte    the initial byte, after the tags
 */
record CborHead(List<Long> tags, int majorType, int additionalInfo, long argument, int initialByte) {

    static final int MAJOR_UNSIGNED = 0;
    static final int MAJOR_NEGATIVE = 1;
    static final int MAJOR_BYTES = 2;
    static final int MAJOR_TEXT = 3;
    static final int MAJOR_ARRAY = 4;
    static final int MAJOR_MAP = 5;
    static final int MAJOR_TAG = 6;
    static final int MAJOR_SIMPLE = 7;
    static final int INDEFINITE = 31;
    /** More tags on one item than any format here uses is a sign of a crafted input. */
    static final int MAX_TAGS = 8;

    /**
     * @param input  the whole input
     * @param offset where the item (its first tag, if any) starts
     * @return its head
     * @throws CborException when the bytes end early or use reserved additional information
     */
    static CborHead at(byte[] input, int offset) throws CborException {
        List<Long> tags = new ArrayList<>(0);
        int position = offset;
        while (true) {
            if (position < 0 || position >= input.length) {
                throw new CborException("the CBOR input ends inside an item");
            }
            int initial = input[position] & 0xff;
            int major = initial >>> 5;
            int info = initial & 0x1f;
            int length = argumentLength(info);
            long argument = info < 24 || info == INDEFINITE ? info : readArgument(input, position + 1, length);
            if (major != MAJOR_TAG) {
                return new CborHead(List.copyOf(tags), major, info, argument, initial);
            }
            if (info == INDEFINITE) {
                throw new CborException("a tag cannot have an indefinite length (RFC 8949 §3.2)");
            }
            if (argument < 0) {
                throw new CborException("tag numbers above 2^63-1 are not supported");
            }
            tags.add(argument);
            if (tags.size() > MAX_TAGS) {
                throw new CborException("more than " + MAX_TAGS + " tags on one item");
            }
            position += 1 + length;
        }
    }

    /** @return whether the item has an indefinite length (RFC 8949 §3.2.1-§3.2.3) */
    boolean indefinite() {
        return additionalInfo == INDEFINITE && majorType >= MAJOR_BYTES && majorType <= MAJOR_MAP;
    }

    /**
     * @return the integer a major type 0 or 1 head stands for
     * @throws CborException when it does not fit in a signed 64-bit integer
     */
    long integerValue() throws CborException {
        if (argument < 0) {
            throw new CborException("integers beyond the signed 64-bit range are not supported");
        }
        return majorType == MAJOR_NEGATIVE ? -1 - argument : argument;
    }

    private static int argumentLength(int info) throws CborException {
        return switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            case 28, 29, 30 -> throw new CborException("reserved additional information " + info + " (RFC 8949 §3)");
            default -> 0;
        };
    }

    private static long readArgument(byte[] input, int from, int length) throws CborException {
        if (from + length > input.length) {
            throw new CborException("the CBOR input ends inside an item's head");
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | input[from + i] & 0xff;
        }
        return value;
    }
}
