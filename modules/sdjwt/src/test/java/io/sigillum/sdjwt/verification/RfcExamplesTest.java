package io.sigillum.sdjwt.verification;

import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.RfcVectors;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.sdjwt.presentation.SdJwtPresenter;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RFC's issued examples, verified with the RFC's example issuer key (Appendix A.5). */
class RfcExamplesTest {

    private static final SdJwtVerifier VERIFIER = SdJwtVerifier.of(RfcVectors.issuerKey(), Set.of(SignatureAlgorithm.ES256));
    private static final Map<String, Object> HOLDER_JWK = Map.of("kty", "EC", "crv", "P-256",
            "x", "TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc", "y", "ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ");

    @Test
    void section5IssuedSdJwtProcessesToTheRfcsPayload() throws SdJwtException {
        VerifiedSdJwt verified = VERIFIER.verify(RfcVectors.read("section-5.1-issued.txt"));
        Map<String, Object> expected = Map.ofEntries(
                Map.entry("iss", "https://issuer.example.com"),
                Map.entry("iat", 1683000000),
                Map.entry("exp", 1883000000),
                Map.entry("sub", "user_42"),
                Map.entry("nationalities", List.of("US", "DE")),
                Map.entry("cnf", Map.of("jwk", HOLDER_JWK)),
                Map.entry("given_name", "John"),
                Map.entry("family_name", "Doe"),
                Map.entry("email", "johndoe@example.com"),
                Map.entry("phone_number", "+1-202-555-0101"),
                Map.entry("phone_number_verified", true),
                Map.entry("address", Map.of("street_address", "123 Main St", "locality", "Anytown",
                        "region", "Anystate", "country", "US")),
                Map.entry("birthdate", "1940-01-01"),
                Map.entry("updated_at", 1570000000));
        assertEquals(expected, verified.claims());
        assertEquals(10, verified.disclosures().size());
        assertFalse(verified.keyBound());
        assertEquals("example+sd-jwt", verified.issuerHeader().getType().getType());
    }

    @Test
    void section5PresentationOfSomeClaimsKeepsOnlyThose() throws SdJwtException {
        // The claims §5.2 presents: family_name, given_name, address and the first nationality.
        SdJwt issued = SdJwt.parse(RfcVectors.read("section-5.1-issued.txt"));
        SdJwt presented = SdJwtPresenter.select(issued, List.of(ClaimPath.of("family_name"), ClaimPath.of("given_name"),
                ClaimPath.of("address"), ClaimPath.of("nationalities", 0)));
        assertEquals(4, presented.disclosures().size());
        Map<String, Object> claims = VERIFIER.verify(presented.serialize()).claims();
        assertEquals(List.of("US"), claims.get("nationalities"));
        assertEquals("Doe", claims.get("family_name"));
        assertFalse(claims.containsKey("email"));
        assertFalse(claims.containsKey("_sd"));
        assertFalse(claims.containsKey("_sd_alg"));
    }

    @Test
    void section5WithoutDisclosuresLeavesAnEmptyArrayAndThePlainClaims() throws SdJwtException {
        String jwtOnly = RfcVectors.read("section-5.1-issued.txt").split("~")[0] + "~";
        Map<String, Object> claims = VERIFIER.verify(jwtOnly).claims();
        assertEquals(Set.of("iss", "iat", "exp", "sub", "nationalities", "cnf"), claims.keySet());
        assertEquals(List.of(), claims.get("nationalities"));
    }

    @Test
    void appendixA1StructuredSdJwtProcessesToTheRfcsPayload() throws SdJwtException {
        Map<String, Object> claims = VERIFIER.verify(RfcVectors.read("appendix-a.1-issued.txt")).claims();
        assertEquals(Map.of("iss", "https://issuer.example.com", "iat", 1683000000, "exp", 1883000000,
                "address", Map.of("region", "港区", "country", "JP")), claims);
    }

    @Test
    void appendixA2ComplexSdJwtProcessesToTheRfcsPayload() throws SdJwtException {
        Map<String, Object> claims = VERIFIER.verify(RfcVectors.read("appendix-a.2-issued.txt")).claims();
        assertEquals(Map.of(
                "iss", "https://issuer.example.com", "iat", 1683000000, "exp", 1883000000,
                "verified_claims", Map.of(
                        "verification", Map.of("trust_framework", "de_aml", "time", "2012-04-23T18:25Z",
                                "evidence", List.of(Map.of("method", "pipp"))),
                        "claims", Map.of("given_name", "Max", "family_name", "Müller",
                                "address", Map.of("locality", "Maxstadt", "postal_code", "12344", "country", "DE",
                                        "street_address", "Weidenstraße 22")))), claims);
    }

    @Test
    void appendixA3PresentationWithKeyBindingVerifies() throws SdJwtException {
        // The RFC's Key Binding JWT: nonce 1234567890, aud https://verifier.example.org, iat 1748454271.
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1748454271L + 30), ZoneOffset.UTC);
        VerifiedSdJwt verified = VERIFIER.verify(RfcVectors.read("appendix-a.3-presented-kb.txt"),
                KeyBindingPolicy.of("https://verifier.example.org", "1234567890", clock));
        assertTrue(verified.keyBound());
        assertEquals("OX5C7z5Oqut2faLedsskE9uM6hL-E7rUib_9Yx-asFM", verified.keyBindingClaims().orElseThrow().get("sd_hash"));
        assertEquals(List.of("DE"), verified.claims().get("nationalities"));
        assertEquals(Map.of("18", true), verified.claims().get("age_equal_or_over"));
        assertEquals("urn:eudi:pid:de:1", verified.claims().get("vct"));
        assertFalse(verified.claims().containsKey("given_name"));
    }

    @Test
    void appendixA3KeyBindingIsCheckedAgainstTheVerifiersExpectations() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1748454271L), ZoneOffset.UTC);
        String presented = RfcVectors.read("appendix-a.3-presented-kb.txt");
        assertEquals(Reason.KEY_BINDING_WRONG_NONCE, assertThrows(SdJwtException.class, () -> VERIFIER.verify(presented,
                KeyBindingPolicy.of("https://verifier.example.org", "another", clock))).reason());
        assertEquals(Reason.KEY_BINDING_WRONG_AUDIENCE, assertThrows(SdJwtException.class, () -> VERIFIER.verify(presented,
                KeyBindingPolicy.of("https://other.example.org", "1234567890", clock))).reason());
        Clock muchLater = Clock.fixed(Instant.ofEpochSecond(1748454271L + 3600), ZoneOffset.UTC);
        assertEquals(Reason.KEY_BINDING_IAT_OUT_OF_WINDOW, assertThrows(SdJwtException.class, () -> VERIFIER.verify(presented,
                KeyBindingPolicy.of("https://verifier.example.org", "1234567890", muchLater))).reason());
    }

    @Test
    void largeIntegersStayExact() throws SdJwtException {
        Object iat = VERIFIER.verify(RfcVectors.read("appendix-a.1-issued.txt")).claims().get("iat");
        assertEquals(BigInteger.valueOf(1683000000), BigInteger.valueOf(((Number) iat).longValue()));
    }
}
