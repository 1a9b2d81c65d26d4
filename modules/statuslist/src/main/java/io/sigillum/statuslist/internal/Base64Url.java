package io.sigillum.statuslist.internal;

import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;

import java.util.Base64;

/** base64url without padding (RFC 7515 §2), the encoding of {@code lst} in JSON (§4.2). */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    /** @return the unpadded base64url text of the bytes */
    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /**
     * Decodes canonical, unpadded base64url only: padding, the standard alphabet's {@code +} and
     * {@code /}, whitespace and non-zero spare bits are refused, so one list has one text form.
     *
     * @param text the text
     * @param what what it is, for the message
     * @return the bytes
     * @throws StatusListException {@link Reason#MALFORMED_LIST} for anything else
     */
    public static byte[] decode(String text, String what) throws StatusListException {
        byte[] bytes;
        try {
            bytes = text.indexOf('=') >= 0 ? null : DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            bytes = null;
        }
        if (bytes == null || !ENCODER.encodeToString(bytes).equals(text)) {
            throw new StatusListException(Reason.MALFORMED_LIST, what + " is not unpadded base64url (RFC 7515 §2)");
        }
        return bytes;
    }
}
