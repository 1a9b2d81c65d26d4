package io.sigillum.trust.evaluation;

import io.sigillum.trust.evaluation.Evaluation.Reason;
import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trust.testing.Pki;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.sigillum.trust.evaluation.Outcomes.refused;
import static io.sigillum.trust.evaluation.Outcomes.trusted;
import static io.sigillum.trust.testing.TestSnapshots.active;
import static io.sigillum.trust.testing.TestSnapshots.issuer;
import static io.sigillum.trust.testing.TestSnapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Once a chain has led to an anchor: the issuer's state, validity and authorizations, and shared anchors. */
class IssuerDecisionTest {

    private static final CredentialType PID = CredentialType.vct("urn:eudi:pid:1");
    private static final CredentialType AGE = CredentialType.vct("urn:eudi:age:1");
    private static final Instant NOW = Instant.now();

    private static final Pki PKI = Pki.named("Beta");
    private static final List<X509Certificate> CHAIN = PKI.leaf.chain();
    private static final String ISSUER = "https://beta.example";

    private static List<Anchor> root(String id) {
        return List.of(new CertificateAnchor(id, AnchorKind.ROOT, PKI.root.certificate()));
    }

    private static Evaluation evaluate(io.sigillum.trust.model.TrustedIssuer... issuers) {
        return TrustEvaluator.of(snapshot(issuers)).evaluateChain(CHAIN, PID, NOW);
    }

    @Test
    void aSuspendedIssuerIsRefused() {
        refused(Reason.ISSUER_SUSPENDED, ISSUER, evaluate(issuer(ISSUER, IssuerState.SUSPENDED, ValidityWindow.UNBOUNDED,
                root("r"), List.of(Authorization.of(PID)))));
    }

    @Test
    void aWithdrawnIssuerIsRefused() {
        refused(Reason.ISSUER_WITHDRAWN, ISSUER, evaluate(issuer(ISSUER, IssuerState.WITHDRAWN, ValidityWindow.UNBOUNDED,
                root("r"), List.of(Authorization.of(PID)))));
    }

    @Test
    void anIssuerWithoutAnAuthorizationForTheTypeIsRefused() {
        refused(Reason.TYPE_NOT_AUTHORIZED, ISSUER, evaluate(active(ISSUER, root("r"), List.of(Authorization.of(AGE)))));
        refused(Reason.TYPE_NOT_AUTHORIZED, ISSUER, evaluate(active(ISSUER, root("r"), List.of())));
        // The same identifier as an mdoc doctype is another type.
        refused(Reason.TYPE_NOT_AUTHORIZED, ISSUER, evaluate(active(ISSUER, root("r"),
                List.of(Authorization.of(CredentialType.doctype("urn:eudi:pid:1"))))));
    }

    @Test
    void theIssuersValidityWindowIsChecked() {
        refused(Reason.EXPIRED, ISSUER, evaluate(issuer(ISSUER, IssuerState.ACTIVE, ValidityWindow.until(NOW),
                root("r"), List.of(Authorization.of(PID)))));
        refused(Reason.NOT_YET_VALID, ISSUER, evaluate(issuer(ISSUER, IssuerState.ACTIVE, ValidityWindow.from(NOW.plusSeconds(1)),
                root("r"), List.of(Authorization.of(PID)))));
        trusted(evaluate(issuer(ISSUER, IssuerState.ACTIVE, ValidityWindow.between(NOW, NOW.plusSeconds(1)),
                root("r"), List.of(Authorization.of(PID)))));
    }

    @Test
    void theAuthorizationsValidityWindowIsChecked() {
        refused(Reason.EXPIRED, ISSUER, evaluate(active(ISSUER, root("r"),
                List.of(new Authorization(PID, ValidityWindow.until(NOW.minus(Duration.ofDays(1))))))));
        refused(Reason.NOT_YET_VALID, ISSUER, evaluate(active(ISSUER, root("r"),
                List.of(new Authorization(PID, ValidityWindow.from(NOW.plus(Duration.ofDays(1))))))));
        // A lapsed authorization followed by a current one for the same type: the current one holds.
        trusted(evaluate(active(ISSUER, root("r"), List.of(
                new Authorization(PID, ValidityWindow.until(NOW.minus(Duration.ofDays(1)))),
                new Authorization(PID, ValidityWindow.from(NOW.minus(Duration.ofDays(1))))))));
    }

    @Test
    void aSuspensionComesBeforeTheOtherReasons() {
        refused(Reason.ISSUER_SUSPENDED, ISSUER, evaluate(issuer(ISSUER, IssuerState.SUSPENDED, ValidityWindow.until(NOW),
                root("r"), List.of())));
    }

    @Test
    void aRootSharedByTwoIssuersSpeaksForTheOneAuthorizedForTheType() {
        Evaluation.Trusted trusted = trusted(evaluate(
                active("https://one.example", root("one-root"), List.of(Authorization.of(AGE))),
                active("https://two.example", root("two-root"), List.of(Authorization.of(PID)))));
        assertEquals("https://two.example", trusted.issuer().id());
        assertEquals("two-root", trusted.anchor().id());
    }

    @Test
    void aRootSharedByTwoIssuersBothTrustedForTheTypeIsAmbiguous() {
        Evaluation.NotTrusted refused = refused(Reason.AMBIGUOUS_ISSUER, evaluate(
                active("https://one.example", root("one-root"), List.of(Authorization.of(PID))),
                active("https://two.example", root("two-root"), List.of(Authorization.of(PID)))));
        assertTrue(refused.issuerId().isEmpty());
        assertTrue(refused.detail().contains("https://one.example") && refused.detail().contains("https://two.example"));
    }

    @Test
    void aSharedRootWithNoIssuerTrustedAnswersForTheOneAuthorizedForTheType() {
        refused(Reason.ISSUER_SUSPENDED, "https://two.example", evaluate(
                active("https://one.example", root("one-root"), List.of(Authorization.of(AGE))),
                issuer("https://two.example", IssuerState.SUSPENDED, ValidityWindow.UNBOUNDED, root("two-root"), List.of(Authorization.of(PID)))));
        Evaluation.NotTrusted none = refused(Reason.TYPE_NOT_AUTHORIZED, evaluate(
                active("https://one.example", root("one-root"), List.of(Authorization.of(AGE))),
                active("https://two.example", root("two-root"), List.of())));
        assertTrue(none.issuerId().isEmpty());
    }

    @Test
    void aWithdrawnPredecessorSharingTheRootDoesNotMakeItAmbiguous() {
        assertEquals("https://new.example", trusted(evaluate(
                issuer("https://old.example", IssuerState.WITHDRAWN, ValidityWindow.UNBOUNDED, root("old-root"), List.of(Authorization.of(PID))),
                active("https://new.example", root("new-root"), List.of(Authorization.of(PID))))).issuer().id());
    }

    @Test
    void theAnchorNearestTheLeafDecidesTheIssuer() {
        // Two issuers under one root, each registering its own intermediate: no ambiguity.
        List<Anchor> intermediate = List.of(new CertificateAnchor("beta-ca", AnchorKind.INTERMEDIATE, PKI.intermediate.certificate()));
        Evaluation.Trusted trusted = trusted(evaluate(
                active("https://root-holder.example", root("shared-root"), List.of(Authorization.of(PID))),
                active(ISSUER, intermediate, List.of(Authorization.of(PID)))));
        assertEquals(ISSUER, trusted.issuer().id());
        assertEquals("beta-ca", trusted.anchor().id());
    }

    @Test
    void aSuspendedIntermediateIssuerIsNotRescuedByAnActiveRootIssuer() {
        List<Anchor> intermediate = List.of(new CertificateAnchor("beta-ca", AnchorKind.INTERMEDIATE, PKI.intermediate.certificate()));
        refused(Reason.ISSUER_SUSPENDED, ISSUER, evaluate(
                active("https://root-holder.example", root("shared-root"), List.of(Authorization.of(PID))),
                issuer(ISSUER, IssuerState.SUSPENDED, ValidityWindow.UNBOUNDED, intermediate, List.of(Authorization.of(PID)))));
    }
}
