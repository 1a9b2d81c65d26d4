package io.sigillum.crypto.sign;

import com.nimbusds.jose.JWSHeader;

import java.util.Objects;

/**
 * A compact JWS whose signature has been checked.
 *
 * @param header  its protected header
 * @param payload its payload bytes
 */
public record VerifiedJws(JWSHeader header, byte[] payload) {

    /** Copies the payload. */
    public VerifiedJws {
        Objects.requireNonNull(header, "header");
        payload = payload.clone();
    }

    /** @return a copy of the payload */
    @Override
    public byte[] payload() {
        return payload.clone();
    }
}
