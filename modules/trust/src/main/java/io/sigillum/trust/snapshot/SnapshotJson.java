package io.sigillum.trust.snapshot;

import io.sigillum.trust.model.TrustSnapshot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The snapshot's JSON form, documented in the module's README: certificates as standard base64
 * of DER, keys as public JWKs, times as RFC 3339 date-times, states and kinds in lower case.
 *
 * <p>{@link #write} gives the canonical form: members in the documented order, optional members
 * left out (never {@code null}), no white space, UTF-8. {@link #read} is strict: no duplicate or
 * unknown member, nothing after the value, at most {@link #DEFAULT_MAX_BYTES} bytes unless told
 * otherwise. Unknown members are refused rather than ignored: a newer registry's member could be
 * a restriction, and a verifier that ignored it would trust more than the registry means; it
 * keeps its cached snapshot instead and says so.
 */
public final class SnapshotJson {

    /** The largest snapshot read unless the caller says otherwise: 16 MiB, some thousands of issuers. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private SnapshotJson() {
    }

    /** @return the canonical JSON form of the snapshot, UTF-8 */
    public static byte[] write(TrustSnapshot snapshot) {
        return SnapshotWriter.write(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /**
     * @param json the UTF-8 JSON form, at most {@link #DEFAULT_MAX_BYTES} bytes
     * @return the snapshot
     * @throws SnapshotFormatException when it is refused
     */
    public static TrustSnapshot read(byte[] json) throws SnapshotFormatException {
        return read(json, DEFAULT_MAX_BYTES);
    }

    /**
     * @param json     the UTF-8 JSON form
     * @param maxBytes the largest form accepted
     * @return the snapshot
     * @throws SnapshotFormatException when it is refused, or larger than {@code maxBytes}
     */
    public static TrustSnapshot read(byte[] json, int maxBytes) throws SnapshotFormatException {
        Objects.requireNonNull(json, "json");
        if (json.length > maxBytes) {
            throw new SnapshotFormatException("the snapshot is larger than " + maxBytes + " bytes");
        }
        return SnapshotReader.read(json);
    }

    /**
     * Reads from a stream, never more than {@code maxBytes} + 1 bytes of it, so an endless or
     * oversized body is cut off rather than buffered.
     *
     * @param in       the UTF-8 JSON form; not closed here
     * @param maxBytes the largest form accepted
     * @return the snapshot
     * @throws SnapshotFormatException when it is refused, or longer than {@code maxBytes}
     * @throws IOException             when the stream fails
     */
    public static TrustSnapshot read(InputStream in, int maxBytes) throws SnapshotFormatException, IOException {
        Objects.requireNonNull(in, "in");
        if (maxBytes < 0 || maxBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes is from 0 to Integer.MAX_VALUE - 1");
        }
        byte[] json = in.readNBytes(maxBytes + 1);
        return read(json, maxBytes);
    }
}
