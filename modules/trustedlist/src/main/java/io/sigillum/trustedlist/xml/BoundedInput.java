package io.sigillum.trustedlist.xml;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most a given number of bytes: input beyond the cap is refused as soon as its first
 * extra byte arrives, before any parsing, so a huge list costs no more memory than the cap.
 */
public final class BoundedInput {

    private final int maxBytes;

    /**
     * @param maxBytes the largest input accepted, in bytes
     */
    public BoundedInput(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @param xml input already in memory
     * @throws TrustedListException {@link Reason#TOO_LARGE} when it exceeds the cap
     */
    public void check(byte[] xml) throws TrustedListException {
        if (xml.length > maxBytes) {
            throw tooLarge();
        }
    }

    /**
     * Reads the stream to its end, or until it exceeds the cap. The stream is not closed.
     *
     * @param in the input
     * @return its bytes
     * @throws TrustedListException {@link Reason#TOO_LARGE} when it exceeds the cap
     * @throws IOException          when reading fails
     */
    public byte[] read(InputStream in) throws TrustedListException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private TrustedListException tooLarge() {
        return new TrustedListException(Reason.TOO_LARGE, "the input exceeds the cap of " + maxBytes + " bytes");
    }
}
