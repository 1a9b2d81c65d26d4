package io.sigillum.issuance.credential;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.crypto.sign.SigningException;
import io.sigillum.issuance.configuration.CredentialConfiguration;
import io.sigillum.issuance.configuration.CredentialConfigurations;
import io.sigillum.issuance.deferred.Deferrals;
import io.sigillum.issuance.oauth.OAuthError;
import io.sigillum.issuance.offer.CredentialOfferRecord;
import io.sigillum.issuance.offer.CredentialOffers;
import io.sigillum.issuance.source.AuthenticSourceUnavailable;
import io.sigillum.issuance.source.ConfiguredAuthenticSource;
import io.sigillum.issuance.source.SourceAnswer;
import io.sigillum.issuance.status.StatusAllocations;
import io.sigillum.issuance.status.StatusEntry;
import io.sigillum.issuance.status.StatusServiceUnavailable;
import io.sigillum.issuance.token.AccessTokenRecord;
import io.sigillum.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One credential request, from admitted token to issued credentials: the configuration checked
 * against the offer, the key proofs and their nonce, the claim on the configuration, the
 * authentic source (now, or later through a deferral), status entries, signing, and the record.
 * A failure after the claim gives the claim back; status entries allocated for credentials that
 * were never delivered are recorded as such and revoked, so no entry is left without a record.
 */
@ApplicationScoped
public class CredentialIssuance {

    private final CredentialConfigurations configurations;
    private final CredentialOffers offers;
    private final KeyProofs proofs;
    private final IssuanceLedger ledger;
    private final ConfiguredAuthenticSource source;
    private final CredentialMinting minting;
    private final Deferrals deferrals;
    private final StatusAllocations statuses;

    @Inject
    CredentialIssuance(CredentialConfigurations configurations, CredentialOffers offers, KeyProofs proofs,
                       IssuanceLedger ledger, ConfiguredAuthenticSource source, CredentialMinting minting,
                       Deferrals deferrals, StatusAllocations statuses) {
        this.deferrals = deferrals;
        this.statuses = statuses;
        this.configurations = configurations;
        this.offers = offers;
        this.proofs = proofs;
        this.ledger = ledger;
        this.source = source;
        this.minting = minting;
    }

    /** What a request produced: credentials, or a deferral. */
    sealed interface Outcome {
        /** The credentials and the id the wallet's notifications name them by. */
        record Issued(List<String> credentials, String notificationId) implements Outcome {
        }

        /** Not yet: ask the deferred endpoint after {@code interval} seconds. */
        record Deferred(String transactionId, int interval) implements Outcome {
        }
    }

    /** How long a wallet waits between deferred requests, in seconds. */
    static final int DEFERRED_INTERVAL = 5;

    Outcome issue(AccessTokenRecord token, CredentialRequestBody request) {
        CredentialConfiguration configuration = configurations.find(request.configurationId())
                .orElseThrow(() -> OAuthError.badRequest("unknown_credential_configuration",
                        "this issuer has no credential configuration " + request.configurationId()));
        CredentialOfferRecord offer = offers.find(token.offerId()).orElseThrow();
        if (!offer.credentialConfigurationIds().contains(configuration.id())) {
            throw OAuthError.badRequest("invalid_credential_request",
                    "the access token's offer did not name " + configuration.id());
        }
        List<PublicKey> holderKeys = proofs.holderKeys(request.proofs());
        if (!ledger.claim(token.tokenHash(), configuration.id())) {
            throw OAuthError.badRequest("invalid_credential_request",
                    "this access token already served " + configuration.id());
        }
        try {
            SourceAnswer answer = source.attributes(offer.subject(), configuration);
            if (answer instanceof SourceAnswer.NotYet) {
                return new Outcome.Deferred(deferrals.defer(token.tokenHash(), offer.id(), configuration.id(), holderKeys),
                        DEFERRED_INTERVAL);
            }
            return issueNow(offer, configuration, answer, holderKeys);
        } catch (RuntimeException e) {
            ledger.release(token.tokenHash(), configuration.id());
            throw unavailableOr(e);
        }
    }

    /** Asks the source again for a deferred request; its configuration stays claimed throughout. */
    Outcome resume(String offerId, String configurationId, List<PublicKey> holderKeys, String transactionId) {
        CredentialOfferRecord offer = offers.find(offerId).orElseThrow();
        CredentialConfiguration configuration = configurations.find(configurationId).orElseThrow(() ->
                OAuthError.badRequest("credential_request_denied", "this issuer no longer has " + configurationId));
        try {
            SourceAnswer answer = source.attributes(offer.subject(), configuration);
            if (answer instanceof SourceAnswer.NotYet) {
                return new Outcome.Deferred(transactionId, DEFERRED_INTERVAL);
            }
            Outcome issued = issueNow(offer, configuration, answer, holderKeys);
            deferrals.end(transactionId);
            return issued;
        } catch (OAuthError refused) {
            deferrals.end(transactionId);
            throw refused;
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
    }

    private Outcome issueNow(CredentialOfferRecord offer, CredentialConfiguration configuration, SourceAnswer answer,
                             List<PublicKey> holderKeys) {
        if (answer instanceof SourceAnswer.Unknown) {
            throw OAuthError.badRequest("credential_request_denied", "the authentic source does not know this person");
        }
        List<StatusEntry> entries = new ArrayList<>();
        try {
            for (int i = 0; i < holderKeys.size(); i++) {
                entries.add(statuses.allocate(configuration.statusListType()));
            }
            List<CredentialMinting.Minted> minted = minting.mint(configuration,
                    ((SourceAnswer.Ready) answer).attributes(), holderKeys, entries);
            String notificationId = Secrets.random();
            ledger.record(minted.stream().map(m -> new IssuedCredentialRecord(UUID.randomUUID().toString(), offer.id(),
                    offer.subject(), configuration.id(), m.holderJkt(), m.entry(), notificationId, m.issuedAt(),
                    m.expiresAt())).toList());
            return new Outcome.Issued(minted.stream().map(CredentialMinting.Minted::credential).toList(), notificationId);
        } catch (RuntimeException e) {
            if (!entries.isEmpty()) {
                ledger.recordUndelivered(offer.id(), offer.subject(), configuration, entries);
            }
            throw e;
        }
    }

    /** A dependency that cannot serve now is a 503 with nothing issued; protocol refusals pass as they are. */
    private static RuntimeException unavailableOr(RuntimeException e) {
        if (e instanceof AuthenticSourceUnavailable || e instanceof StatusServiceUnavailable
                || e instanceof SigningException || e instanceof FaultToleranceException) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "Credentials cannot be issued right now; nothing was issued. Try again shortly.").asException();
        }
        return e;
    }
}
