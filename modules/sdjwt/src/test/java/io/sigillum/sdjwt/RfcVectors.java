package io.sigillum.sdjwt;

import com.nimbusds.jose.jwk.ECKey;
import io.sigillum.crypto.sign.Verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The RFC 9901 examples kept under {@code rfc9901/}, and the RFC's example issuer key (Appendix A.5). */
public final class RfcVectors {

    /** The public part of the issuer key of RFC 9901 Appendix A.5. */
    private static final String ISSUER_JWK = """
            {"kty": "EC", "crv": "P-256",
             "x": "b28d4MwZMjw8-00CG4xfnn9SLMVMM19SlqZpVb_uNtQ",
             "y": "Xv5zWwuoaTgdS6hV43yI6gBwTnjukmFQQnJ_kCxzqk8"}""";

    private RfcVectors() {
    }

    /** @return the example with that file name, without its trailing newline */
    public static String read(String name) {
        try (InputStream in = RfcVectors.class.getResourceAsStream("/rfc9901/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a verifier for the RFC's example issuer key */
    public static Verifier issuerKey() {
        try {
            return Verifier.of(ECKey.parse(ISSUER_JWK).toECPublicKey());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
