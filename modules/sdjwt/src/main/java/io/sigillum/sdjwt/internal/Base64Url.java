package io.sigillum.sdjwt.internal;

import java.util.Base64;
import java.util.Optional;

/** base64url without padding (RFC 7515 §2), decoded strictly so that one value has one text form. */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    /** @return the unpadded base64url text of the bytes */
    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** @return the bytes, or empty unless the text is canonical unpadded base64url */
    public static Optional<byte[]> decode(String text) {
        if (text.indexOf('=') >= 0) {
            return Optional.empty();
        }
        try {
            byte[] bytes = DECODER.decode(text);
            return ENCODER.encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
