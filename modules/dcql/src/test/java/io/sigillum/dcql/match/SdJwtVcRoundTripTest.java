package io.sigillum.dcql.match;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.dcql.Examples;
import io.sigillum.dcql.query.CredentialQuery;
import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.presentation.KeyBindingJwt;
import io.sigillum.sdjwt.presentation.SdJwtPresenter;
import io.sigillum.sdjwt.vc.CredentialContent;
import io.sigillum.sdjwt.vc.SdJwtVcIssuer;
import io.sigillum.sdjwt.vc.SdJwtVcVerifier;
import io.sigillum.sdjwt.vc.VerifiedSdJwtVc;
import io.sigillum.sdjwt.verification.KeyBindingPolicy;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole way with real SD-JWT VCs: the Wallet matches its credential and computes what to
 * disclose, the SD-JWT presenter discloses exactly that with a Key Binding JWT, the Verifier verifies
 * it, checks it against the query and hands on only the requested claims.
 */
class SdJwtVcRoundTripTest {

    static final KeyPair ISSUER = EcKeyPairs.p256();
    static final KeyPair HOLDER = EcKeyPairs.p256();
    static final Signer HOLDER_SIGNER = LocalKeySigner.of("holder", HOLDER.getPrivate());
    static final String VCT = "urn:eudi:pid:1";
    static final Instant NOW = Instant.parse("2025-11-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final KeyBindingPolicy POLICY = KeyBindingPolicy.of("x509_hash:verifier", "n-0S6_WzA2Mj", CLOCK);
    static final SdJwtVcVerifier VERIFIER = SdJwtVcVerifier
            .builder(Verifier.of(ISSUER.getPublic()), Set.of(SignatureAlgorithm.ES256), CLOCK).build();

    static final DcqlQuery AGE_AND_NATIONALITY = Examples.inline("""
            {'credentials': [{'id': 'pid', 'format': 'dc+sd-jwt', 'meta': {'vct_values': ['urn:eudi:pid:1']},
              'claims': [{'id': 'adult', 'path': ['age_equal_or_over', '18'], 'values': [true]},
                         {'id': 'born', 'path': ['birthdate']},
                         {'id': 'nationality', 'path': ['nationalities', null], 'values': ['DE']}],
              'claim_sets': [['adult', 'nationality'], ['born', 'nationality']]}]}""");

    static SdJwt issue() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("given_name", "Erika");
        claims.put("family_name", "Mustermann");
        claims.put("birthdate", "1964-08-12");
        claims.put("age_equal_or_over", Map.of("18", true, "65", false));
        claims.put("nationalities", List.of("FR", "DE"));
        claims.put("address", Map.of("locality", "Köln", "country", "DE"));
        CredentialContent content = CredentialContent.builder(VCT, NOW.minus(Duration.ofDays(1)))
                .expiresAt(NOW.plus(Duration.ofDays(30)))
                .holderKey(HOLDER.getPublic())
                .claims(claims)
                .disclosable(Set.of(ClaimPath.of("given_name"), ClaimPath.of("family_name"), ClaimPath.of("birthdate"),
                        ClaimPath.of("age_equal_or_over"), ClaimPath.of("age_equal_or_over", "18"), ClaimPath.of("age_equal_or_over", "65"),
                        ClaimPath.of("nationalities", 0), ClaimPath.of("nationalities", 1),
                        ClaimPath.of("address"), ClaimPath.of("address", "locality")))
                .build();
        return SdJwtVcIssuer.builder(LocalKeySigner.of("issuer", ISSUER.getPrivate()), "https://issuer.example").build().issue(content);
    }

    @Test
    void theWalletDisclosesTheMinimumAndTheVerifierGetsExactlyTheRequestedClaims() throws SdJwtException {
        SdJwt issued = issue();
        // Wallet: all claims of the held credential, every Disclosure applied.
        VerifiedSdJwtVc held = VERIFIER.verify(issued.serialize());
        SdJwtVcCredential holding = new SdJwtVcCredential(held.vct(), held.claims(), held.confirmation().isPresent());
        CredentialQuery pid = AGE_AND_NATIONALITY.credentials().getFirst();

        Set<ClaimPath> toDisclose = ClaimsToDisclose.forSdJwtVc(pid, holding).orElseThrow();
        assertEquals(Set.of(ClaimPath.of("age_equal_or_over", "18"), ClaimPath.of("nationalities", 1)), toDisclose,
                "the preferred claim set, and of the nationalities only the one with an accepted value");

        String presentation = KeyBindingJwt.attach(SdJwtPresenter.select(issued, toDisclose), HOLDER_SIGNER,
                POLICY.audience(), POLICY.nonce(), NOW).serialize();

        // Verifier.
        VerifiedSdJwtVc presented = VERIFIER.verify(presentation, POLICY);
        assertFalse(presented.claims().containsKey("birthdate"));
        assertFalse(presented.claims().containsKey("given_name"));
        DcqlResult result = PresentationEvaluator.evaluate(AGE_AND_NATIONALITY, Map.of("pid", List.of(SdJwtVcCredential.of(presented))));
        assertTrue(result.satisfied(), result.problems().toString());
        CredentialMatch.Satisfied match = result.selected("pid").orElseThrow().getFirst();
        assertEquals(Optional.of(List.of("adult", "nationality")), match.claimSet());
        // Undisclosed array elements are gone in the Verifier's view: "DE" is now element 0.
        assertEquals(List.of(ClaimPath.of("age_equal_or_over", "18"), ClaimPath.of("nationalities", 0)), match.claimPaths());
        assertEquals(Map.of("age_equal_or_over", Map.of("18", true), "nationalities", List.of("DE")),
                RequestedClaims.keep(presented.claims(), match.claimPaths()),
                "iss, vct, cnf, exp and the rest of the presentation are not handed to the relying party");
    }

    @Test
    void aCredentialWithoutTheAcceptedValuesFallsBackOrIsNotSent() throws SdJwtException {
        VerifiedSdJwtVc held = VERIFIER.verify(issue().serialize());
        SdJwtVcCredential holding = new SdJwtVcCredential(held.vct(), held.claims(), true);
        CredentialQuery frenchOnly = Examples.inline("""
                {'credentials': [{'id': 'pid', 'format': 'dc+sd-jwt', 'meta': {'vct_values': ['urn:eudi:pid:1']},
                  'claims': [{'path': ['nationalities', null], 'values': ['IT']}]}]}""").credentials().getFirst();
        assertEquals(Optional.empty(), ClaimsToDisclose.forSdJwtVc(frenchOnly, holding));
    }

    @Test
    void aPresentationWithoutKeyBindingFailsAQueryThatRequiresIt() throws SdJwtException {
        SdJwt issued = issue();
        VerifiedSdJwtVc held = VERIFIER.verify(issued.serialize());
        Set<ClaimPath> toDisclose = ClaimsToDisclose.forSdJwtVc(AGE_AND_NATIONALITY.credentials().getFirst(),
                new SdJwtVcCredential(held.vct(), held.claims(), true)).orElseThrow();
        VerifiedSdJwtVc presented = VERIFIER.verify(SdJwtPresenter.select(issued, toDisclose).serialize());
        DcqlResult result = PresentationEvaluator.evaluate(AGE_AND_NATIONALITY, Map.of("pid", List.of(SdJwtVcCredential.of(presented))));
        assertFalse(result.satisfied());
        assertEquals(List.of(Mismatch.Kind.HOLDER_BINDING),
                result.unsatisfiedQueries().get("pid").stream().map(Mismatch::kind).toList());
    }
}
