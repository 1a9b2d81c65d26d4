package io.sigillum.issuance.offer;

import io.sigillum.api.issuerwallet.CredentialOffersApi;
import io.sigillum.issuance.oauth.OAuthError;
import io.sigillum.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * {@code GET /credential-offers/{id}} (OID4VCI 1.0 §4.1.3): an offer passed by reference, served
 * while its code is alive. It carries the pre-authorized code, so it is never cached.
 */
@ApplicationScoped
public class CredentialOfferResource implements CredentialOffersApi {

    private final CredentialOffers offers;

    @Inject
    CredentialOfferResource(CredentialOffers offers) {
        this.offers = offers;
    }

    @Override
    @Transactional
    public Response getCredentialOffer(String offerId) {
        return offers.find(offerId)
                .filter(o -> CredentialOfferRecord.OFFERED.equals(o.state()) && o.expiresAt().isAfter(Instant.now()))
                .flatMap(CredentialOfferRecord::offerJson)
                .map(json -> Response.ok(json, MediaType.APPLICATION_JSON_TYPE).cacheControl(OAuthError.noStore()).build())
                .orElseThrow(() -> Problem.of(Response.Status.NOT_FOUND,
                        "There is no live credential offer " + offerId + ".").asException());
    }
}
