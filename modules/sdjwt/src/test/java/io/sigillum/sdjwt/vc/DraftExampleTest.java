package io.sigillum.sdjwt.vc;

import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.sdjwt.RfcVectors;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.sdjwt.verification.KeyBindingPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The draft's own examples (its "Example" of an issued SD-JWT VC and its presentation examples, one
 * with a KB-JWT, one without), under {@code sd-jwt-vc/}. They are signed with the example key of
 * RFC 9901 Appendix A.5 (the draft's issuer metadata example lists it as {@code doc-signer-05-25-2022}),
 * and the holder key in {@code cnf} is the RFC's example holder key, so every signature is checked.
 */
class DraftExampleTest {

    /** The KB-JWT's iat: the moment the example presentation was made. */
    private static final Instant PRESENTED = Instant.ofEpochSecond(1756420695);
    private static final Clock CLOCK = Clock.fixed(PRESENTED, ZoneOffset.UTC);
    private static final SdJwtVcVerifier VERIFIER = SdJwtVcVerifier
            .builder(RfcVectors.issuerKey(), Set.of(SignatureAlgorithm.ES256), CLOCK).build();
    private static final String VCT = "https://credentials.example.com/identity_credential";
    private static final Map<String, Object> ADDRESS = Map.of("street_address", "123 Main St", "locality", "Anytown",
            "region", "Anystate", "country", "US");
    private static final Map<String, Object> HOLDER_JWK = Map.of("kty", "EC", "crv", "P-256",
            "x", "TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc", "y", "ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ");

    @Test
    void thePresentationWithKeyBindingProcessesToTheDraftsPayload() throws SdJwtException {
        VerifiedSdJwtVc verified = VERIFIER.verify(read("example-01-presented-kb.txt"),
                KeyBindingPolicy.of("https://example.com/verifier", "1234567890", CLOCK));
        Map<String, Object> expected = Map.of(
                "iss", "https://example.com/issuer",
                "iat", 1683000000,
                "exp", 1883000000,
                "vct", VCT,
                "cnf", Map.of("jwk", HOLDER_JWK),
                "is_over_65", true,
                "address", ADDRESS);
        assertEquals(expected, verified.claims());
        assertTrue(verified.keyBound());
        assertEquals(VCT, verified.vct());
        assertEquals(Optional.of("https://example.com/issuer"), verified.issuer());
        assertEquals(Optional.of(Instant.ofEpochSecond(1683000000)), verified.issuedAt());
        assertEquals(Optional.of(Instant.ofEpochSecond(1883000000)), verified.expiresAt());
        assertEquals(Optional.of(Map.of("jwk", HOLDER_JWK)), verified.confirmation());
        assertEquals(Optional.empty(), verified.status());
        assertEquals("dc+sd-jwt", verified.sdJwt().issuerHeader().getType().getType());
    }

    @Test
    void theIssuedCredentialDisclosesEveryClaim() throws SdJwtException {
        VerifiedSdJwtVc verified = VERIFIER.verify(read("example-01-issued.txt"));
        assertEquals(9, verified.sdJwt().disclosures().size());
        assertEquals("John", verified.claims().get("given_name"));
        assertEquals("1940-01-01", verified.claims().get("birthdate"));
        assertEquals(true, verified.claims().get("is_over_18"));
        assertFalse(verified.keyBound());
    }

    @Test
    void thePresentationWithoutKeyBindingHasNoCnf() throws SdJwtException {
        VerifiedSdJwtVc verified = VERIFIER.verify(read("example-02-presented.txt"));
        assertEquals(Map.of("iss", "https://example.com/issuer", "iat", 1683000000, "exp", 1883000000,
                "vct", VCT, "is_over_65", true, "address", ADDRESS), verified.claims());
        assertEquals(Optional.empty(), verified.confirmation());
    }

    @Test
    void theExampleIsRefusedOnceExpiredAndWhenKeyBindingIsRequiredWithoutAKbJwt() {
        SdJwtVcVerifier later = SdJwtVcVerifier.builder(RfcVectors.issuerKey(), Set.of(SignatureAlgorithm.ES256),
                Clock.fixed(Instant.ofEpochSecond(1883000000 + 60), ZoneOffset.UTC)).build(); // exp plus the default skew
        assertEquals(Reason.VC_EXPIRED,
                assertThrows(SdJwtException.class, () -> later.verify(read("example-02-presented.txt"))).reason());
        assertEquals(Reason.KEY_BINDING_MISSING, assertThrows(SdJwtException.class, () -> VERIFIER.verify(
                read("example-02-presented.txt"), KeyBindingPolicy.of("https://example.com/verifier", "1234567890", CLOCK)))
                .reason());
    }

    static String read(String name) {
        try (InputStream in = DraftExampleTest.class.getResourceAsStream("/sd-jwt-vc/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
