package io.sigillum.presentation;

import io.sigillum.presentation.fixture.Fixture;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trust.model.TrustSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.sigillum.presentation.fixture.Fixture.pidQuery;
import static io.sigillum.presentation.fixture.Fixture.query;
import static io.sigillum.presentation.fixture.Fixture.vpToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A genuine presentation is verified, and the relying party gets only the claims it asked for. */
class VerifiedPresentationTest {

    private final Fixture fixture = new Fixture();

    @Test
    void returnsOnlyTheRequestedClaimsNestedAsInTheCredential() {
        PresentationResult result = fixture.verifyPid(fixture.verifier());

        PresentationResult.Verified verified = assertInstanceOf(PresentationResult.Verified.class, result, result::toString);
        List<VerifiedCredential> pid = verified.credentials().get("pid");
        assertEquals(1, pid.size());
        VerifiedCredential credential = pid.getFirst();
        assertEquals("pid", credential.credentialQueryId());
        assertEquals(Fixture.VCT, credential.vct());
        assertEquals(fixture.pid().id, credential.issuerId());
        assertEquals(fixture.pid().id, credential.iss());
        // family_name and the street were disclosed but not asked for; iss, cnf, status are never handed on.
        assertEquals(Map.of("given_name", "Erika", "address", Map.of("locality", "Köln")), credential.claims());
    }

    @Test
    void valuesSelectOnlyTheMatchingElements() {
        SdJwt issued = fixture.issuePid();
        String presentation = fixture.present(issued, List.of(ClaimPath.of("nationalities", 0), ClaimPath.of("nationalities", 1),
                ClaimPath.of("age_over_18")));
        PresentationResult result = fixture.verifier().verify(vpToken("pid", presentation), query("""
                {"credentials":[{"id":"pid","format":"dc+sd-jwt","meta":{"vct_values":["urn:eudi:pid:1"]},
                 "claims":[{"path":["nationalities",null],"values":["FR"]},{"path":["age_over_18"],"values":[true]}]}]}"""),
                fixture.context());

        PresentationResult.Verified verified = assertInstanceOf(PresentationResult.Verified.class, result, result::toString);
        assertEquals(Map.of("nationalities", List.of("FR"), "age_over_18", true), verified.credentials().get("pid").getFirst().claims());
    }

    @Test
    void aQueryWithoutClaimsGetsNoClaims() {
        PresentationResult result = fixture.verifier().verify(vpToken("pid", fixture.present(fixture.issuePid(), Fixture.defaultDisclosure())),
                query("""
                        {"credentials":[{"id":"pid","format":"dc+sd-jwt","meta":{"vct_values":["urn:eudi:pid:1"]}}]}"""),
                fixture.context());

        PresentationResult.Verified verified = assertInstanceOf(PresentationResult.Verified.class, result, result::toString);
        assertEquals(Map.of(), verified.credentials().get("pid").getFirst().claims());
    }

    @Test
    void aCredentialWithoutStatusIsNotCheckedForStatus() {
        fixture.fetcher.down(true);
        SdJwt issued = fixture.pid().issue(fixture.pidContentWithoutStatus().build());

        PresentationResult result = fixture.verifier().verify(vpToken("pid", fixture.present(issued, Fixture.defaultDisclosure())),
                pidQuery(), fixture.context());

        assertTrue(result.verified(), result::toString);
        assertEquals(0, fixture.fetcher.fetches());
    }

    @Test
    void aDnsIssuerNamedByTheLeafsDnsName() {
        // draft-ietf-oauth-sd-jwt-vc, X.509: a dns: iss (RFC 4501) is matched against the dNSName entries.
        SdJwt issued = fixture.pid().issueAs("dns:pid.example", fixture.pidContent().build());
        PresentationResult result = fixture.verifier().verify(vpToken("pid", fixture.present(issued, Fixture.defaultDisclosure())),
                pidQuery(), fixture.context());

        PresentationResult.Verified verified = assertInstanceOf(PresentationResult.Verified.class, result, result::toString);
        assertEquals("dns:pid.example", verified.credentials().get("pid").getFirst().iss());
    }

    @Test
    void aNewTrustSnapshotIsSeenAtOnce() {
        PresentationVerifier verifier = fixture.verifier();
        assertTrue(fixture.verifyPid(verifier).verified());
        TrustEvaluator withoutPid = TrustEvaluator.of(new TrustSnapshot(2, fixture.now(), List.of(fixture.diploma().trusted(Fixture.OTHER_VCT))));
        fixture.trust.set(() -> withoutPid);

        PresentationResult result = fixture.verifyPid(verifier);

        PresentationResult.Failed failed = assertInstanceOf(PresentationResult.Failed.class, result, result::toString);
        assertEquals(FailureReason.ISSUER_UNTRUSTED, failed.failures().getFirst().reason());
    }

    @Test
    void severalPresentationsForAQueryThatAllowsMultiple() {
        String first = fixture.present(fixture.issuePid(), Fixture.defaultDisclosure());
        String second = fixture.present(fixture.issuePid(), List.of(ClaimPath.of("given_name")));
        PresentationResult result = fixture.verifier().verify(vpToken("pid", first, second), query("""
                {"credentials":[{"id":"pid","format":"dc+sd-jwt","multiple":true,"meta":{"vct_values":["urn:eudi:pid:1"]},
                 "claims":[{"path":["given_name"]}]}]}"""), fixture.context());

        PresentationResult.Verified verified = assertInstanceOf(PresentationResult.Verified.class, result, result::toString);
        assertEquals(2, verified.credentials().get("pid").size());
        // One status list fetch serves both.
        assertEquals(1, fixture.fetcher.fetches());
    }
}
