package io.sigillum.wallet;

import com.nimbusds.jwt.SignedJWT;
import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.wallet.WalletException.Check;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.store.DisclosedClaim;
import io.sigillum.wallet.store.StoredCredential;
import io.sigillum.wallet.testing.FakeIssuer;
import io.sigillum.wallet.testing.ProofChecks;
import io.sigillum.wallet.testing.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole flow against an in-test issuer over HTTPS. */
class WalletTest {

    private final TestPki pki = new TestPki("Wallet Test Root");
    private final FakeIssuer issuer = new FakeIssuer(pki);
    private final List<WalletStep> steps = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        issuer.close();
    }

    private Wallet wallet(int batchSize) {
        return Wallet.builder().httpClient(pki.client()).trustAnchors(List.of(pki.root())).batchSize(batchSize)
                .deferredDeadline(Duration.ofSeconds(10)).listener(steps::add).build();
    }

    @Test
    void receivesABatchOfTwoCredentialsEachBoundToItsOwnKey() {
        Wallet wallet = wallet(2);
        List<StoredCredential> received = wallet.receive(issuer.offerByReference(), null);

        assertEquals(List.of(), issuer.problems);
        assertEquals(2, received.size());
        assertEquals(received, wallet.store().all());
        List<SignedJWT> proofs = issuer.keyProofRequests.get(0);
        assertEquals(2, proofs.size());
        Set<String> proved = proofs.stream().map(ProofChecks::thumbprint).collect(Collectors.toSet());
        assertEquals(2, proved.size(), "one key per proof");
        Set<String> bound = received.stream().map(c -> Thumbprints.sha256(c.holderKey().orElseThrow().getPublic()))
                .collect(Collectors.toSet());
        assertEquals(proved, bound, "each credential is bound to the key of one proof");
        assertNotEquals(ProofChecks.thumbprint(issuer.tokenDpopProofs.get(0)), proved.iterator().next(), "DPoP key is not a holder key");
        for (SignedJWT proof : proofs) {
            assertEquals(issuer.issuedCNonces.get(0), ProofChecks.claim(proof, "nonce"));
        }

        StoredCredential credential = received.get(0);
        assertEquals(FakeIssuer.CONFIGURATION, credential.credentialConfigurationId());
        assertEquals("dc+sd-jwt", credential.format());
        assertEquals(FakeIssuer.VCT, credential.vct());
        assertEquals(issuer.issuer(), credential.issuer());
        assertEquals("Erika", credential.claims().get("given_name"));
        assertEquals(Set.of("given_name", "family_name", "birthdate"),
                credential.disclosures().stream().map(DisclosedClaim::name).map(Optional::orElseThrow).collect(Collectors.toSet()));
        assertTrue(credential.issuedAt().isPresent() && credential.expiresAt().isPresent());
        assertEquals(42, credential.status().orElseThrow().index());
        assertEquals(Optional.of("n-1"), credential.notificationId());
        assertEquals(List.of("credential_accepted"), issuer.notifications);

        List<Class<?>> kinds = steps.stream().<Class<?>>map(Object::getClass).distinct().toList();
        assertEquals(List.of(WalletStep.OfferResolved.class, WalletStep.MetadataRead.class, WalletStep.TokenObtained.class,
                WalletStep.NonceObtained.class, WalletStep.CredentialRequested.class, WalletStep.CredentialReceived.class,
                WalletStep.CredentialVerified.class, WalletStep.NotificationSent.class), kinds);
        WalletStep.CredentialReceived receivedStep = steps.stream().filter(WalletStep.CredentialReceived.class::isInstance)
                .map(WalletStep.CredentialReceived.class::cast).findFirst().orElseThrow();
        assertEquals(3, receivedStep.disclosures());
        assertTrue(steps.stream().noneMatch(step -> step.toString().contains(FakeIssuer.CODE)), "no step shows the code");
    }

    @Test
    void asksForNoMoreThanTheIssuersBatchSize() {
        issuer.batchSize = 2;
        assertEquals(2, wallet(5).receive(issuer.offerByValue(), null).size());
        assertEquals(2, issuer.keyProofRequests.get(0).size());
    }

    @Test
    void retriesOnceWithTheServerNonceAtTheTokenAndCredentialEndpoints() {
        issuer.tokenNeedsDpopNonce = true;
        issuer.credentialNeedsDpopNonce = true;
        assertEquals(1, wallet(1).receive(issuer.offerByValue(), null).size());

        assertEquals(List.of(), issuer.problems);
        assertEquals(2, issuer.tokenDpopProofs.size());
        assertEquals(null, ProofChecks.claim(issuer.tokenDpopProofs.get(0), "nonce"));
        String nonce = ProofChecks.claim(issuer.tokenDpopProofs.get(1), "nonce");
        assertTrue(nonce.startsWith("dpop-"));
        // The token endpoint's nonce is the same server's, so the credential request uses it at once,
        // and the notification too: no second challenge.
        assertTrue(issuer.resourceDpopProofs.stream().allMatch(p -> nonce.equals(ProofChecks.claim(p, "nonce"))));
        assertEquals(1, steps.stream().filter(WalletStep.DpopNonceRetry.class::isInstance).count());
        Set<String> jtis = issuer.tokenDpopProofs.stream().map(p -> ProofChecks.claim(p, "jti")).collect(Collectors.toSet());
        assertEquals(2, jtis.size(), "a retried proof gets a new jti");
    }

    @Test
    void retriesWithTheWwwAuthenticateNonceAtTheCredentialEndpoint() {
        issuer.credentialNeedsDpopNonce = true;
        assertEquals(1, wallet(1).receive(issuer.offerByValue(), null).size());
        assertEquals(List.of(), issuer.problems);
        assertEquals(null, ProofChecks.claim(issuer.resourceDpopProofs.get(0), "nonce"));
        assertTrue(ProofChecks.claim(issuer.resourceDpopProofs.get(1), "nonce").startsWith("dpop-"));
        assertEquals(1, steps.stream().filter(WalletStep.DpopNonceRetry.class::isInstance).count());
    }

    @Test
    void fetchesAFreshCNonceOnceWhenTheIssuerRefusesOne() {
        issuer.refuseFirstCNonce = true;
        assertEquals(2, wallet(2).receive(issuer.offerByValue(), null).size());
        assertEquals(2, issuer.issuedCNonces.size());
        assertEquals(2, issuer.keyProofRequests.size());
        SignedJWT retried = issuer.keyProofRequests.get(1).get(0);
        assertEquals(issuer.issuedCNonces.get(1), ProofChecks.claim(retried, "nonce"));
        assertTrue(steps.contains(new WalletStep.NonceObtained(FakeIssuer.CONFIGURATION, issuer.issuedCNonces.get(1), true)));
    }

    @Test
    void pollsTheDeferredEndpointUntilIssued() {
        issuer.pendingPolls = 1;
        assertEquals(2, wallet(2).receive(issuer.offerByValue(), null).size());
        assertEquals(2, steps.stream().filter(WalletStep.IssuanceDeferred.class::isInstance).count());
        assertEquals(List.of("credential_accepted"), issuer.notifications);
    }

    @Test
    void understandsTheIssuancePendingErrorOfEarlierDrafts() {
        issuer.pendingPolls = 1;
        issuer.draftPending = true;
        assertEquals(1, wallet(1).receive(issuer.offerByValue(), null).size());
    }

    @Test
    void givesUpOnDeferredIssuanceAtTheDeadline() {
        issuer.pendingPolls = 100;
        Wallet wallet = Wallet.builder().httpClient(pki.client()).trustAnchors(List.of(pki.root()))
                .deferredDeadline(Duration.ofMillis(1500)).build();
        WalletException e = assertThrows(WalletException.class, () -> wallet.receive(issuer.offerByValue(), null));
        assertEquals(Step.DEFERRED, e.step());
        assertTrue(e.getMessage().contains("not issued within"), e.getMessage());
    }

    @Test
    void refusesACredentialBoundToAKeyItNeverProved() {
        issuer.bindToOtherKey = true;
        Wallet wallet = wallet(1);
        WalletException e = assertThrows(WalletException.class, () -> wallet.receive(issuer.offerByValue(), null));
        assertEquals(Step.VERIFICATION, e.step());
        assertEquals(Optional.of(Check.HOLDER_KEY), e.check());
        assertEquals(0, wallet.store().size());
        assertEquals(List.of("credential_failure"), issuer.notifications);
    }

    @Test
    void refusesACredentialWhoseChainLeadsToNoTrustAnchor() {
        issuer.signWithUntrustedCa = true;
        Wallet wallet = wallet(1);
        WalletException e = assertThrows(WalletException.class, () -> wallet.receive(issuer.offerByValue(), null));
        assertEquals(Optional.of(Check.CERTIFICATE_CHAIN), e.check());
        assertTrue(e.getMessage().contains("UNKNOWN_ANCHOR"), e.getMessage());
        assertEquals(0, wallet.store().size());
    }

    @Test
    void sendsTheTransactionCodeWhenTheOfferAsksForOne() {
        issuer.txCodeRequired = true;
        Wallet wallet = wallet(1);
        CredentialOffer offer = wallet.resolve(issuer.offerByReference());
        assertTrue(offer.transactionCodeRequired());
        assertEquals(1, wallet.receive(offer, FakeIssuer.TX_CODE).size());
    }

    @Test
    void refusesToStartWithoutTheTransactionCodeTheOfferAsksFor() {
        issuer.txCodeRequired = true;
        WalletException e = assertThrows(WalletException.class, () -> wallet(1).receive(issuer.offerByValue(), null));
        assertEquals(Step.TOKEN, e.step());
        assertTrue(e.getMessage().contains("sent by SMS"), e.getMessage());
        assertEquals(0, issuer.tokenDpopProofs.size(), "nothing was sent");
    }

    @Test
    void reportsTheIssuersRefusalOfAWrongTransactionCode() {
        issuer.txCodeRequired = true;
        WalletException e = assertThrows(WalletException.class, () -> wallet(1).receive(issuer.offerByValue(), "000000"));
        assertEquals(Step.TOKEN, e.step());
        assertEquals(400, e.httpStatus().orElseThrow());
        assertEquals(Optional.of("invalid_grant"), e.error());
        assertEquals(Optional.of("wrong tx_code"), e.errorDescription());
    }

    @Test
    void refusesMetadataThatNamesAnotherIssuer() {
        issuer.metadataIssuer = issuer.issuer() + "/";
        WalletException e = assertThrows(WalletException.class, () -> wallet(1).receive(issuer.offerByValue(), null));
        assertEquals(Step.METADATA, e.step());
        assertTrue(e.getMessage().contains("MUST NOT be used"), e.getMessage());
        assertEquals(0, issuer.tokenDpopProofs.size());
    }
}
