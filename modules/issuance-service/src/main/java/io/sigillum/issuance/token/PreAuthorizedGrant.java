package io.sigillum.issuance.token;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.issuance.metadata.IssuerPolicy;
import io.sigillum.issuance.oauth.OAuthError;
import io.sigillum.issuance.offer.CredentialOfferRecord;
import io.sigillum.issuance.offer.CredentialOffers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Redeems pre-authorized codes (OID4VCI 1.0 §6.1): once, before the offer expires, with the
 * Transaction Code when the offer asked for one. Wrong codes are counted in the same
 * transaction that answers them (so the count survives the refusal); at the limit the code dies.
 */
@ApplicationScoped
public class PreAuthorizedGrant {

    private final CredentialOffers offers;
    private final AccessTokens tokens;
    private final IssuerPolicy policy;

    @Inject
    PreAuthorizedGrant(CredentialOffers offers, AccessTokens tokens, IssuerPolicy policy) {
        this.offers = offers;
        this.tokens = tokens;
        this.policy = policy;
    }

    /** The answer: a token, or the refusal to send once this transaction has committed. */
    public sealed interface Outcome {
        /** @param accessToken the token, shown only in this answer */
        record Granted(String accessToken, long expiresIn) implements Outcome {
        }

        /** @param error what to answer */
        record Refused(OAuthError error) implements Outcome {
        }
    }

    /**
     * @param code   the {@code pre-authorized_code}
     * @param txCode the {@code tx_code}, if sent
     * @param jkt    the DPoP key's thumbprint, which the token is bound to
     */
    @Transactional
    public Outcome redeem(String code, Optional<String> txCode, String jkt) {
        Optional<CredentialOfferRecord> found = offers.lockByCode(Secrets.digest(code));
        if (found.isEmpty() || !CredentialOfferRecord.OFFERED.equals(found.get().state())) {
            return refused("invalid_grant", "the pre-authorized code is unknown or was already used");
        }
        CredentialOfferRecord offer = found.get();
        Instant now = Instant.now();
        if (!offer.expiresAt().isAfter(now)) {
            offer.end(CredentialOfferRecord.EXPIRED);
            return refused("invalid_grant", "the pre-authorized code has expired");
        }
        if (offer.txCodeHash().isPresent()) {
            if (txCode.isEmpty()) {
                return refused("invalid_request", "this offer needs the Transaction Code (tx_code)");
            }
            if (!Secrets.same(offer.txCodeHash().get(), Secrets.digest(txCode.get()))) {
                offer.txCodeFailed(policy.txCodeMaxFailures());
                return refused("invalid_grant", CredentialOfferRecord.EXPIRED.equals(offer.state())
                        ? "wrong Transaction Code; too many attempts, the code is no longer valid"
                        : "wrong Transaction Code");
            }
        } else if (txCode.isPresent()) {
            return refused("invalid_request", "this offer has no Transaction Code (tx_code)");
        }
        offer.end(CredentialOfferRecord.REDEEMED);
        String token = Secrets.random();
        tokens.add(new AccessTokenRecord(Secrets.digest(token), offer.id(), jkt, now.plus(policy.accessTokenTtl())));
        return new Outcome.Granted(token, policy.accessTokenTtl().toSeconds());
    }

    private static Outcome refused(String error, String description) {
        return new Outcome.Refused(OAuthError.badRequest(error, description));
    }
}
