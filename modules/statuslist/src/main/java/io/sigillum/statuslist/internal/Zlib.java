package io.sigillum.statuslist.internal;

import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * DEFLATE in the ZLIB format (RFC 1950, RFC 1951) with the JDK's zlib, as §4.1 step 4 of the draft
 * asks: the best compression level to write, and a reader that never trusts the input's size.
 */
public final class Zlib {

    /** The JDK cannot allocate arrays quite as long as {@link Integer#MAX_VALUE}. */
    public static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private static final int CHUNK = 16 * 1024;

    private Zlib() {
    }

    /**
     * @param bytes the uncompressed bytes
     * @return one ZLIB stream of them, at {@link Deflater#BEST_COMPRESSION} (the draft RECOMMENDS the highest level)
     */
    public static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 8));
            byte[] chunk = new byte[CHUNK];
            while (!deflater.finished()) {
                int written = deflater.deflate(chunk);
                out.write(chunk, 0, written);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * Inflates exactly one ZLIB stream, stopping as soon as the output passes {@code maxBytes}: the
     * output buffer grows by doubling and never beyond {@code maxBytes + 1} bytes, whatever the
     * stream claims or repeats, so a small crafted input cannot make this allocate gigabytes.
     *
     * @param compressed one ZLIB stream and nothing after it
     * @param maxBytes   the most decompressed bytes accepted
     * @return the decompressed bytes
     * @throws StatusListException {@link Reason#TOO_LARGE} past the cap; {@link Reason#MALFORMED_LIST}
     *                             for a bad header or checksum, a preset dictionary, a truncated
     *                             stream or bytes after its end
     */
    public static byte[] inflate(byte[] compressed, int maxBytes) throws StatusListException {
        if (maxBytes < 0 || maxBytes >= MAX_ARRAY) {
            throw new IllegalArgumentException("maxBytes must be within 0.." + (MAX_ARRAY - 1));
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            int limit = maxBytes + 1;
            byte[] out = new byte[(int) Math.min(limit, Math.max(256L, compressed.length * 4L))];
            int length = 0;
            while (!inflater.finished()) {
                if (length == out.length) {
                    // Full at limit means one byte past the cap has come out.
                    if (length == limit) {
                        throw tooLarge(maxBytes);
                    }
                    out = Arrays.copyOf(out, (int) Math.min(limit, out.length * 2L));
                }
                int produced = inflater.inflate(out, length, out.length - length);
                length += produced;
                if (length > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                if (produced == 0 && !inflater.finished()) {
                    if (inflater.needsDictionary()) {
                        throw new StatusListException(Reason.MALFORMED_LIST,
                                "the ZLIB stream asks for a preset dictionary (RFC 1950 FDICT), which §4.1 does not use");
                    }
                    if (inflater.needsInput()) {
                        throw new StatusListException(Reason.MALFORMED_LIST, "the ZLIB stream is truncated");
                    }
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new StatusListException(Reason.MALFORMED_LIST,
                        inflater.getRemaining() + " bytes follow the end of the ZLIB stream");
            }
            return Arrays.copyOf(out, length);
        } catch (DataFormatException e) {
            throw new StatusListException(Reason.MALFORMED_LIST, "not a valid ZLIB stream (RFC 1950): " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static StatusListException tooLarge(int maxBytes) {
        return new StatusListException(Reason.TOO_LARGE, "the list inflates to more than the " + maxBytes + " bytes accepted");
    }
}
