package io.sigillum.presentation;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.presentation.fixture.Fixture;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.Disclosure;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.trust.evaluation.TrustEvaluator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.sigillum.presentation.fixture.Fixture.CLIENT_ID;
import static io.sigillum.presentation.fixture.Fixture.NONCE;
import static io.sigillum.presentation.fixture.Fixture.bind;
import static io.sigillum.presentation.fixture.Fixture.defaultDisclosure;
import static io.sigillum.presentation.fixture.Fixture.holder;
import static io.sigillum.presentation.fixture.Fixture.pidQuery;
import static io.sigillum.presentation.fixture.Fixture.query;
import static io.sigillum.presentation.fixture.Fixture.select;
import static io.sigillum.presentation.fixture.Fixture.vpToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way a presentation can be wrong fails it as a whole, with its reason. */
class RefusedPresentationTest {

    private final Fixture fixture = new Fixture();
    private final PresentationVerifier verifier = fixture.verifier();

    private PresentationResult.Failed refused(String presentation) {
        return refused(vpToken("pid", presentation), pidQuery());
    }

    private PresentationResult.Failed refused(String vpToken, DcqlQuery query) {
        PresentationResult result = verifier.verify(vpToken, query, fixture.context());
        return assertInstanceOf(PresentationResult.Failed.class, result, result::toString);
    }

    private static void assertOnly(FailureReason reason, PresentationResult.Failed failed) {
        assertEquals(List.of(reason), failed.failures().stream().map(Failure::reason).toList(), failed::toString);
    }

    @Test
    void aTamperedDisclosure() {
        String presentation = fixture.present(fixture.issuePid(), defaultDisclosure());
        SdJwt parsed = parse(presentation);
        Disclosure original = parsed.disclosures().stream().filter(d -> d.name().orElse("").equals("given_name")).findFirst().orElseThrow();
        Disclosure tampered = Disclosure.objectProperty(original.salt(), "given_name", "Eve");

        PresentationResult.Failed failed = refused(presentation.replace(original.encoded(), tampered.encoded()));

        assertOnly(FailureReason.DISCLOSURE_INVALID, failed);
        assertEquals("pid", failed.failures().getFirst().credentialQueryId().orElseThrow());
    }

    @Test
    void aDisclosureNoDigestReferencesEvenWithAMatchingKeyBinding() {
        SdJwt chosen = select(fixture.issuePid(), defaultDisclosure());
        // A genuine Disclosure of another credential of the same issuer: its digest is in that one's _sd only.
        Disclosure foreign = select(fixture.issuePid(), List.of(ClaimPath.of("birthdate"))).disclosures().getFirst();
        List<Disclosure> disclosures = new ArrayList<>(chosen.disclosures());
        disclosures.add(foreign);
        SdJwt smuggled = SdJwt.of(chosen.issuerSignedJwt(), disclosures);

        assertOnly(FailureReason.DISCLOSURE_INVALID, refused(bind(smuggled, holder(), CLIENT_ID, NONCE, fixture.now())));
    }

    @Test
    void theWrongNonce() {
        SdJwt chosen = select(fixture.issuePid(), defaultDisclosure());
        assertOnly(FailureReason.NONCE_MISMATCH, refused(bind(chosen, holder(), CLIENT_ID, "another-nonce", fixture.now())));
    }

    @Test
    void theWrongAudience() {
        SdJwt chosen = select(fixture.issuePid(), defaultDisclosure());
        assertOnly(FailureReason.AUDIENCE_MISMATCH, refused(bind(chosen, holder(), "x509_san_dns:other.example", NONCE, fixture.now())));
    }

    @Test
    void noKeyBindingJwt() {
        assertOnly(FailureReason.KEY_BINDING_MISSING, refused(select(fixture.issuePid(), defaultDisclosure()).serialize()));
    }

    @Test
    void aStaleKeyBindingJwt() {
        SdJwt chosen = select(fixture.issuePid(), defaultDisclosure());
        assertOnly(FailureReason.KEY_BINDING_STALE,
                refused(bind(chosen, holder(), CLIENT_ID, NONCE, fixture.now().minus(Duration.ofMinutes(10)))));
    }

    @Test
    void aKeyBindingJwtFromTheFuture() {
        SdJwt chosen = select(fixture.issuePid(), defaultDisclosure());
        assertOnly(FailureReason.KEY_BINDING_STALE,
                refused(bind(chosen, holder(), CLIENT_ID, NONCE, fixture.now().plus(Duration.ofMinutes(5)))));
    }

    @Test
    void aKeyBindingJwtSignedByAnotherKey() {
        SdJwt chosen = select(fixture.issuePid(), defaultDisclosure());
        LocalKeySigner thief = LocalKeySigner.of("thief", EcKeyPairs.p256().getPrivate());
        assertOnly(FailureReason.KEY_BINDING_INVALID, refused(bind(chosen, thief, CLIENT_ID, NONCE, fixture.now())));
    }

    @Test
    void anIssuerUnderAnotherCa() {
        SdJwt issued = fixture.rogue().issue(fixture.pidContent().build());
        assertOnly(FailureReason.ISSUER_UNTRUSTED, refused(fixture.present(issued, defaultDisclosure())));
    }

    @Test
    void anIssuerNotAuthorizedForTheType() {
        // The diploma issuer is trusted, for diplomas only.
        SdJwt issued = fixture.diploma().issue(fixture.pidContent().build());
        assertOnly(FailureReason.ISSUER_NOT_AUTHORIZED, refused(fixture.present(issued, defaultDisclosure())));
    }

    @Test
    void anIssWhichTheCertificateDoesNotName() {
        SdJwt issued = fixture.pid().issueAs("https://someone-else.example", fixture.pidContent().build());
        PresentationResult.Failed failed = refused(fixture.present(issued, defaultDisclosure()));
        assertOnly(FailureReason.ISSUER_UNTRUSTED, failed);
        assertTrue(failed.failures().getFirst().detail().contains("subjectAltName"), failed::toString);
    }

    @Test
    void anIssWhoseCaseDiffersFromTheCertifiedUri() {
        // URIs compare as written; only the dNSName comparison of a dns: iss ignores case.
        SdJwt issued = fixture.pid().issueAs("https://PID.example", fixture.pidContent().build());
        assertOnly(FailureReason.ISSUER_UNTRUSTED, refused(fixture.present(issued, defaultDisclosure())));
    }

    @Test
    void aDetailQuotingTheInputStaysOneLine() {
        SdJwt issued = fixture.pid().issueAs("https://someone-else.example/\nforged log line", fixture.pidContent().build());
        String detail = refused(fixture.present(issued, defaultDisclosure())).failures().getFirst().detail();
        assertTrue(detail.contains("forged log line") && !detail.contains("\n"), detail);
    }

    @Test
    void anExpiredCredential() {
        SdJwt issued = fixture.pid().issue(fixture.pidContent()
                .expiresAt(fixture.now().minus(Duration.ofMinutes(2))).build());
        assertOnly(FailureReason.EXPIRED, refused(fixture.present(issued, defaultDisclosure())));
    }

    @Test
    void aCredentialNotYetValid() {
        SdJwt issued = fixture.pid().issue(fixture.pidContent().notBefore(fixture.now().plus(Duration.ofHours(1))).build());
        assertOnly(FailureReason.NOT_YET_VALID, refused(fixture.present(issued, defaultDisclosure())));
    }

    @Test
    void noTrustSnapshot() {
        fixture.trust.set(() -> {
            throw new IllegalStateException("no snapshot yet");
        });
        assertOnly(FailureReason.TRUST_UNAVAILABLE, refused(fixture.present(fixture.issuePid(), defaultDisclosure())));
    }

    @Test
    void aSupplierWithoutEvaluatorIsNoTrustEither() {
        fixture.trust.set(() -> (TrustEvaluator) null);
        assertOnly(FailureReason.TRUST_UNAVAILABLE, refused(fixture.present(fixture.issuePid(), defaultDisclosure())));
    }

    @Test
    void anUnknownCredentialQueryId() {
        PresentationResult.Failed failed = refused(vpToken("diploma", fixture.present(fixture.issuePid(), defaultDisclosure())), pidQuery());
        assertTrue(failed.has(FailureReason.QUERY_NOT_SATISFIED), failed::toString);
        assertTrue(failed.failures().stream().anyMatch(f -> f.credentialQueryId().equals(java.util.Optional.of("diploma"))), failed::toString);
    }

    @Test
    void aRequestedClaimNotDisclosed() {
        String presentation = fixture.present(fixture.issuePid(), List.of(ClaimPath.of("family_name")));
        PresentationResult.Failed failed = refused(presentation);
        assertOnly(FailureReason.QUERY_NOT_SATISFIED, failed);
        assertEquals("pid", failed.failures().getFirst().credentialQueryId().orElseThrow());
    }

    @Test
    void aValueOutsideTheQuerysValues() {
        String presentation = fixture.present(fixture.issuePid(), List.of(ClaimPath.of("nationalities", 0), ClaimPath.of("nationalities", 1)));
        assertOnly(FailureReason.QUERY_NOT_SATISFIED, refused(vpToken("pid", presentation), query("""
                {"credentials":[{"id":"pid","format":"dc+sd-jwt","meta":{"vct_values":["urn:eudi:pid:1"]},
                 "claims":[{"path":["nationalities",null],"values":["IT"]}]}]}""")));
    }

    @Test
    void aRequiredCredentialSetWithoutAnyOption() {
        DcqlQuery query = query("""
                {"credentials":[{"id":"pid","format":"dc+sd-jwt","meta":{"vct_values":["urn:eudi:pid:1"]}},
                                {"id":"diploma","format":"dc+sd-jwt","meta":{"vct_values":["urn:example:diploma:1"]}}],
                 "credential_sets":[{"options":[["pid"]],"required":false},{"options":[["diploma"]]}]}""");
        assertOnly(FailureReason.QUERY_NOT_SATISFIED, refused(vpToken("pid", fixture.present(fixture.issuePid(), defaultDisclosure())), query));
    }

    @Test
    void anotherTypeThanTheQueryAsks() {
        DcqlQuery query = query("""
                {"credentials":[{"id":"pid","format":"dc+sd-jwt","meta":{"vct_values":["urn:example:diploma:1"]}}]}""");
        assertOnly(FailureReason.QUERY_NOT_SATISFIED, refused(vpToken("pid", fixture.present(fixture.issuePid(), defaultDisclosure())), query));
    }

    @Test
    void anMdocQueryIsNotVerifiedYet() {
        DcqlQuery query = query("""
                {"credentials":[{"id":"mdl","format":"mso_mdoc","meta":{"doctype_value":"org.iso.18013.5.1.mDL"}}]}""");
        assertOnly(FailureReason.UNSUPPORTED_FORMAT, refused(vpToken("mdl", "o2d2ZXJzaW9u"), query));
    }

    @Test
    void oneBadPresentationFailsTheWholeToken() {
        String good = fixture.present(fixture.issuePid(), defaultDisclosure());
        String bad = bind(select(fixture.issuePid(), defaultDisclosure()), holder(), CLIENT_ID, "another-nonce", fixture.now());
        PresentationResult.Failed failed = refused(vpToken("pid", good, bad), query("""
                {"credentials":[{"id":"pid","format":"dc+sd-jwt","multiple":true,"meta":{"vct_values":["urn:eudi:pid:1"]}}]}"""));
        assertOnly(FailureReason.NONCE_MISMATCH, failed);
        assertTrue(failed.failures().getFirst().detail().startsWith("pid[1]: "), failed::toString);
    }

    private static SdJwt parse(String presentation) {
        try {
            return SdJwt.parse(presentation);
        } catch (io.sigillum.sdjwt.SdJwtException e) {
            throw new IllegalStateException(e);
        }
    }
}
