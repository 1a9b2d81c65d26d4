package io.sigillum.issuance.offer;

import io.sigillum.api.issueradmin.OffersApi;
import io.sigillum.api.issueradmin.model.OfferSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.util.List;

/** {@code GET /offers}: the issuer's offers, for its operators (role in the spec). */
@ApplicationScoped
public class OffersResource implements OffersApi {

    private final CredentialOffers offers;

    @Inject
    OffersResource(CredentialOffers offers) {
        this.offers = offers;
    }

    @Override
    public List<OfferSummary> listOffers() {
        return offers.all().stream().map(OffersResource::toApi).toList();
    }

    private static OfferSummary toApi(CredentialOfferRecord offer) {
        return new OfferSummary(offer.id(), offer.subject(), offer.credentialConfigurationIds(),
                OfferSummary.StateEnum.fromValue(offer.state()), offer.expiresAt().atOffset(ZoneOffset.UTC));
    }
}
