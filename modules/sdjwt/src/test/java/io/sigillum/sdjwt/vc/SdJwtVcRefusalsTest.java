package io.sigillum.sdjwt.vc;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.sdjwt.issuance.SdJwtIssuer;
import io.sigillum.sdjwt.presentation.KeyBindingJwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.CLOCK;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.HOLDER_SIGNER;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.ISSUER;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.ISSUER_SIGNER;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.NOW;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.POLICY;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.VCT;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.VERIFIER;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.issue;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.pid;
import static io.sigillum.sdjwt.vc.SdJwtVcRoundTripTest.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every refusal of the profile: at issuance (never-disclosable claims, registered claims among the
 * free ones) and at verification (typ, vct, iss, exp, nbf, forbidden Disclosures, wrongly typed
 * claims, Key Binding without cnf). Credentials the profile's issuer would never make are signed
 * with the plain {@link SdJwtIssuer}, as a careless or hostile issuer would.
 */
class SdJwtVcRefusalsTest {

    private static Map<String, Object> validClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://issuer.example");
        claims.put("iat", NOW.getEpochSecond());
        claims.put("exp", NOW.plus(Duration.ofDays(1)).getEpochSecond());
        claims.put("vct", VCT);
        claims.put("given_name", "Erika");
        return claims;
    }

    /** Signs whatever it is given: the refusals must come from the verifier, not the issuer. */
    private static String plain(String typ, Map<String, Object> claims, Set<ClaimPath> disclosable) {
        return SdJwtIssuer.builder(ISSUER_SIGNER).type(typ).build().issue(claims, disclosable).serialize();
    }

    private static Reason refusal(String serialized) {
        return assertThrows(SdJwtException.class, () -> VERIFIER.verify(serialized)).reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "status"})
    void theIssuerRefusesToMakeARegisteredClaimDisclosable(String name) {
        CredentialContent.Builder content = pid().disclosable(Set.of(ClaimPath.of(name)));
        assertThrows(IllegalArgumentException.class, content::build);
    }

    @Test
    void theIssuerRefusesToMakePartOfCnfOrStatusDisclosable() {
        assertThrows(IllegalArgumentException.class, pid().disclosable(Set.of(ClaimPath.of("cnf", "jwk")))::build);
        assertThrows(IllegalArgumentException.class,
                pid().disclosable(Set.of(ClaimPath.of("status", "status_list")))::build);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "iat", "nbf", "exp", "cnf", "vct", "vct#integrity", "status"})
    void theIssuerRefusesRegisteredClaimsAmongTheFreeOnes(String name) {
        CredentialContent.Builder content = pid().claims(Map.of(name, "x"));
        assertThrows(IllegalArgumentException.class, content::build);
    }

    @Test
    void theIssuerRefusesACredentialThatExpiresBeforeItIsValid() {
        CredentialContent.Builder content = CredentialContent.builder(VCT, NOW).expiresAt(NOW);
        assertThrows(IllegalArgumentException.class, content::build);
        assertThrows(IllegalArgumentException.class, () -> CredentialContent.builder("", NOW).build());
    }

    @Test
    void aWrongOrMissingTypIsRefused() {
        assertEquals(Reason.VC_WRONG_TYPE, refusal(plain("example+sd-jwt", validClaims(), Set.of())));
        String untyped = SdJwtIssuer.builder(ISSUER_SIGNER).build().issue(validClaims(), Set.of()).serialize();
        assertEquals(Reason.VC_WRONG_TYPE, refusal(untyped));
    }

    @Test
    void theLegacyTypIsAcceptedUnlessTurnedOff() throws SdJwtException {
        String legacy = plain("vc+sd-jwt", validClaims(), Set.of());
        assertEquals(VCT, VERIFIER.verify(legacy).vct());
        SdJwtVcVerifier strict = SdJwtVcVerifier.builder(Verifier.of(ISSUER.getPublic()), Set.of(SignatureAlgorithm.ES256),
                CLOCK).legacyTypeAccepted(false).build();
        assertEquals(Reason.VC_WRONG_TYPE, assertThrows(SdJwtException.class, () -> strict.verify(legacy)).reason());
    }

    @Test
    void aMissingOrNonStringVctIsRefused() {
        Map<String, Object> claims = validClaims();
        claims.remove("vct");
        assertEquals(Reason.VC_TYPE_MISSING, refusal(plain("dc+sd-jwt", claims, Set.of())));
        claims.put("vct", 42);
        assertEquals(Reason.VC_TYPE_MISSING, refusal(plain("dc+sd-jwt", claims, Set.of())));
    }

    @Test
    void aMissingIssIsRefusedUnlessTheCallerConveysTheIssuerOtherwise() throws SdJwtException {
        Map<String, Object> claims = validClaims();
        claims.remove("iss");
        String withoutIss = plain("dc+sd-jwt", claims, Set.of());
        assertEquals(Reason.VC_ISSUER_MISSING, refusal(withoutIss));
        SdJwtVcVerifier byX5c = SdJwtVcVerifier.builder(Verifier.of(ISSUER.getPublic()), Set.of(SignatureAlgorithm.ES256),
                CLOCK).issuerRequired(false).build();
        assertEquals(Optional.empty(), byX5c.verify(withoutIss).issuer());
    }

    @Test
    void anExpiredCredentialIsRefusedBeyondTheSkew() throws SdJwtException {
        String issued = issue(pid().expiresAt(NOW.minusSeconds(30)).notBefore(NOW.minus(Duration.ofDays(1))).build()).serialize();
        // 30 s past exp is within the default 60 s of skew.
        assertEquals(VCT, VERIFIER.verify(issued).vct());
        SdJwtVcVerifier tight = SdJwtVcVerifier.builder(Verifier.of(ISSUER.getPublic()), Set.of(SignatureAlgorithm.ES256),
                CLOCK).skew(Duration.ofSeconds(10)).build();
        assertEquals(Reason.VC_EXPIRED, assertThrows(SdJwtException.class, () -> tight.verify(issued)).reason());
        String longExpired = issue(pid().notBefore(NOW.minus(Duration.ofDays(3)))
                .expiresAt(NOW.minus(Duration.ofDays(2))).build()).serialize();
        assertEquals(Reason.VC_EXPIRED, refusal(longExpired));
    }

    @Test
    void aCredentialNotYetValidIsRefused() {
        String future = issue(CredentialContent.builder(VCT, NOW).notBefore(NOW.plus(Duration.ofHours(1)))
                .expiresAt(NOW.plus(Duration.ofDays(1))).build()).serialize();
        assertEquals(Reason.VC_NOT_YET_VALID, refusal(future));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "exp", "vct"})
    void aRegisteredClaimFromADisclosureIsRefused(String name) {
        assertEquals(Reason.VC_FORBIDDEN_DISCLOSURE, refusal(plain("dc+sd-jwt", validClaims(), Set.of(ClaimPath.of(name)))));
    }

    @Test
    void aStatusWithADisclosableMemberIsRefused() {
        Map<String, Object> claims = validClaims();
        claims.put("status", Map.of("status_list", Map.of("idx", 1, "uri", "https://status.example/1")));
        assertEquals(Reason.VC_FORBIDDEN_DISCLOSURE,
                refusal(plain("dc+sd-jwt", claims, Set.of(ClaimPath.of("status", "status_list")))));
    }

    @Test
    void wronglyTypedRegisteredClaimsAreRefused() {
        Map<String, Object> badExp = validClaims();
        badExp.put("exp", "tomorrow");
        assertEquals(Reason.VC_MALFORMED_CLAIM, refusal(plain("dc+sd-jwt", badExp, Set.of())));
        Map<String, Object> badStatus = validClaims();
        badStatus.put("status", Map.of("status_list", Map.of("idx", -1, "uri", "https://status.example/1")));
        assertEquals(Reason.VC_MALFORMED_CLAIM, refusal(plain("dc+sd-jwt", badStatus, Set.of())));
        Map<String, Object> badCnf = validClaims();
        badCnf.put("cnf", "holder");
        assertEquals(Reason.VC_MALFORMED_CLAIM, refusal(plain("dc+sd-jwt", badCnf, Set.of())));
    }

    @Test
    void keyBindingRequiredWithoutCnfIsRefused() throws SdJwtException {
        SdJwt withoutCnf = issue(CredentialContent.builder(VCT, NOW).claims(Map.of("given_name", "Erika"))
                .disclosable(Set.of(ClaimPath.of("given_name"))).build());
        // The holder signs a KB-JWT with a key the credential never named.
        String presentation = KeyBindingJwt.attach(withoutCnf, HOLDER_SIGNER, POLICY.audience(), POLICY.nonce(), NOW)
                .serialize();
        assertEquals(Reason.KEY_BINDING_KEY_MISSING,
                assertThrows(SdJwtException.class, () -> VERIFIER.verify(presentation, POLICY)).reason());
    }

    @Test
    void keyBindingFromAnotherKeyThanCnfIsRefused() throws SdJwtException {
        SdJwt issued = issue(pid().holderKey(EcKeyPairs.p256().getPublic()).build());
        String presentation = present(issued, List.of(ClaimPath.of("given_name")));
        assertEquals(Reason.KEY_BINDING_BAD_SIGNATURE,
                assertThrows(SdJwtException.class, () -> VERIFIER.verify(presentation, POLICY)).reason());
    }

    @Test
    void theVerifierChecksOnItsOwnClock() {
        Clock later = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        SdJwtVcVerifier future = SdJwtVcVerifier.builder(Verifier.of(ISSUER.getPublic()), Set.of(SignatureAlgorithm.ES256),
                later).build();
        String issued = issue(pid().build()).serialize();
        assertEquals(Reason.VC_EXPIRED, assertThrows(SdJwtException.class, () -> future.verify(issued)).reason());
    }
}
