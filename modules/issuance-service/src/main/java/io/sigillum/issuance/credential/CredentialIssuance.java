package io.sigillum.issuance.credential;

import io.sigillum.crypto.sign.SigningException;
import io.sigillum.issuance.configuration.CredentialConfiguration;
import io.sigillum.issuance.configuration.CredentialConfigurations;
import io.sigillum.issuance.oauth.OAuthError;
import io.sigillum.issuance.oauth.Secrets;
import io.sigillum.issuance.offer.CredentialOfferRecord;
import io.sigillum.issuance.offer.CredentialOffers;
import io.sigillum.issuance.source.AuthenticSourceUnavailable;
import io.sigillum.issuance.source.ConfiguredAuthenticSource;
import io.sigillum.issuance.source.SourceAnswer;
import io.sigillum.issuance.status.StatusServiceUnavailable;
import io.sigillum.issuance.token.AccessTokenRecord;
import io.sigillum.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.security.PublicKey;
import java.util.List;
import java.util.UUID;

/**
 * One credential request, from admitted token to issued credentials: the configuration checked
 * against the offer, the key proofs and their nonce, the claim on the configuration, the
 * authentic source, minting, and the record. A failure after the claim gives the claim back.
 */
@ApplicationScoped
public class CredentialIssuance {

    private final CredentialConfigurations configurations;
    private final CredentialOffers offers;
    private final KeyProofs proofs;
    private final IssuanceLedger ledger;
    private final ConfiguredAuthenticSource source;
    private final CredentialMinting minting;

    @Inject
    CredentialIssuance(CredentialConfigurations configurations, CredentialOffers offers, KeyProofs proofs,
                       IssuanceLedger ledger, ConfiguredAuthenticSource source, CredentialMinting minting) {
        this.configurations = configurations;
        this.offers = offers;
        this.proofs = proofs;
        this.ledger = ledger;
        this.source = source;
        this.minting = minting;
    }

    /** What a request produced. */
    record Issued(List<String> credentials, String notificationId) {
    }

    Issued issue(AccessTokenRecord token, CredentialRequestBody request) {
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
            if (answer instanceof SourceAnswer.Unknown) {
                throw OAuthError.badRequest("credential_request_denied", "the authentic source does not know this person");
            }
            if (answer instanceof SourceAnswer.NotYet) {
                throw OAuthError.badRequest("credential_request_denied",
                        "the authentic source cannot answer yet; ask again later");
            }
            List<CredentialMinting.Minted> minted = minting.mint(configuration,
                    ((SourceAnswer.Ready) answer).attributes(), holderKeys);
            String notificationId = Secrets.random();
            ledger.record(minted.stream().map(m -> new IssuedCredentialRecord(UUID.randomUUID().toString(), offer.id(),
                    offer.subject(), configuration.id(), m.holderJkt(), m.entry(), notificationId, m.issuedAt(),
                    m.expiresAt())).toList());
            return new Issued(minted.stream().map(CredentialMinting.Minted::credential).toList(), notificationId);
        } catch (OAuthError refused) {
            ledger.release(token.tokenHash(), configuration.id());
            throw refused;
        } catch (AuthenticSourceUnavailable | StatusServiceUnavailable | SigningException | FaultToleranceException e) {
            ledger.release(token.tokenHash(), configuration.id());
            throw Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "Credentials cannot be issued right now; nothing was issued. Try again shortly.").asException();
        } catch (RuntimeException e) {
            ledger.release(token.tokenHash(), configuration.id());
            throw e;
        }
    }
}
