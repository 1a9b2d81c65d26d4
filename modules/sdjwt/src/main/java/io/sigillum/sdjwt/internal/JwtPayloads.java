package io.sigillum.sdjwt.internal;

import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads JWT payloads as JSON objects, strictly. */
public final class JwtPayloads {

    private JwtPayloads() {
    }

    /**
     * Reads the payload of a compact JWS <em>without</em> checking its signature: for a holder
     * looking at what it was issued, never for a verifier.
     *
     * @param compactJws the JWS
     * @return its payload as a JSON object
     * @throws SdJwtException {@link Reason#MALFORMED_JWT} or {@link Reason#MALFORMED_PAYLOAD}
     */
    public static Map<String, Object> unverified(String compactJws) throws SdJwtException {
        String[] parts = compactJws.split("\\.", -1);
        if (parts.length != 3) {
            throw new SdJwtException(Reason.MALFORMED_JWT, "the Issuer-signed JWT is a compact JWS of three parts");
        }
        byte[] payload = Base64Url.decode(parts[1]).orElseThrow(
                () -> new SdJwtException(Reason.MALFORMED_JWT, "the JWT payload is unpadded base64url"));
        return object(payload);
    }

    /**
     * @param payload a JWT payload's bytes
     * @return the JSON object they hold
     * @throws SdJwtException {@link Reason#MALFORMED_PAYLOAD} unless one JSON object without duplicate member names
     */
    public static Map<String, Object> object(byte[] payload) throws SdJwtException {
        return Json.readObject(new String(payload, StandardCharsets.UTF_8)).orElseThrow(
                () -> new SdJwtException(Reason.MALFORMED_PAYLOAD, "the JWT payload is one JSON object without duplicate member names"));
    }
}
