package io.sigillum.issuance.offer;

import io.sigillum.api.issueradmin.OffersApi;
import io.sigillum.api.issueradmin.model.CreatedOffer;
import io.sigillum.api.issueradmin.model.OfferRequest;
import io.sigillum.api.issueradmin.model.OfferSummary;
import io.sigillum.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;

/** {@code /offers}: the issuer's offers, for its operators (role in the spec). */
@ApplicationScoped
public class OffersResource implements OffersApi {

    private final CredentialOffers offers;
    private final OfferCreation creation;

    @Inject
    OffersResource(CredentialOffers offers, OfferCreation creation) {
        this.offers = offers;
        this.creation = creation;
    }

    @Override
    public List<OfferSummary> listOffers() {
        return offers.all().stream().map(OffersResource::toApi).toList();
    }

    @Override
    public OfferSummary getOffer(String offerId) {
        return offers.find(offerId).map(OffersResource::toApi).orElseThrow(() ->
                Problem.of(Response.Status.NOT_FOUND, "There is no offer " + offerId + ".").asException());
    }

    @Override
    public Response createOffer(OfferRequest offerRequest) {
        if (offerRequest == null) {
            throw Problem.of(Response.Status.BAD_REQUEST, "The request has no body.").asException();
        }
        CreatedOffer created = creation.create(offerRequest);
        return Response.created(URI.create("offers/" + created.getId())).cacheControl(io.sigillum.issuance.oauth.OAuthError.noStore()).entity(created).build();
    }


    private static OfferSummary toApi(CredentialOfferRecord offer) {
        return new OfferSummary(offer.id(), offer.subject(), offer.credentialConfigurationIds(),
                OfferSummary.StateEnum.fromValue(offer.state()), offer.expiresAt().atOffset(ZoneOffset.UTC));
    }
}
