package io.sigillum.wallet.offer;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.wallet.CredentialOffer;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Json;
import io.sigillum.wallet.http.LinkQuery;
import io.sigillum.wallet.http.Urls;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a Credential Offer (OID4VCI 1.0 §4.1) from the link or QR code text that carries it:
 * {@code openid-credential-offer://?credential_offer=<JSON>}, {@code …?credential_offer_uri=<https URL>},
 * or the same query on an {@code https} link. By reference, the offer is fetched with GET and must
 * be {@code application/json} (§4.1.3).
 */
public final class ResolveOffer {

    private final Http http;

    /** @param http the HTTP client to fetch offers by reference with */
    public ResolveOffer(Http http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * @param link the offer link
     * @return the offer
     * @throws WalletException at {@link Step#OFFER} when the link or the offer is malformed, or the
     *                         offer cannot be fetched
     */
    public CredentialOffer resolve(String link) {
        Map<String, String> query = query(Objects.requireNonNull(link, "link"));
        String byValue = query.get("credential_offer");
        String byReference = query.get("credential_offer_uri");
        if (byValue != null && byReference != null) {
            throw new WalletException(Step.OFFER, "an offer has credential_offer or credential_offer_uri, not both (§4.1)");
        }
        if (byValue != null) {
            return OfferJson.read(Json.object(byValue, Step.OFFER, "credential_offer"), Optional.empty());
        }
        if (byReference != null) {
            URI uri = Urls.https(byReference, Step.OFFER, "credential_offer_uri (§4.1)");
            return OfferJson.read(fetch(uri), Optional.of(uri));
        }
        throw new WalletException(Step.OFFER, "the offer link has neither credential_offer nor credential_offer_uri (§4.1)");
    }

    private JsonNode fetch(URI uri) {
        HttpReply reply = http.send(Http.request(uri).header("Accept", Http.JSON).GET().build(), Step.OFFER);
        if (reply.status() != 200) {
            throw reply.refusal(Step.OFFER, "fetching the Credential Offer");
        }
        String type = reply.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith(Http.JSON)) {
            throw new WalletException(Step.OFFER, "the Credential Offer at " + uri + " is served as '" + type
                    + "', but it must be application/json (§4.1.3)");
        }
        return reply.jsonObject(Step.OFFER);
    }

    /** The decoded query parameters of the link; a repeated parameter is refused. */
    static Map<String, String> query(String link) {
        return LinkQuery.parameters(link, (problem, detail, cause) -> switch (problem) {
            case NOT_A_URL -> new WalletException(Step.OFFER,
                    "the offer is a URL such as openid-credential-offer://?…, not " + abbreviate(detail));
            case NO_QUERY -> new WalletException(Step.OFFER,
                    "the offer link has no query, so neither credential_offer nor credential_offer_uri (§4.1)");
            case REPEATED -> new WalletException(Step.OFFER, "the offer link repeats the parameter " + detail);
            case NOT_PERCENT_ENCODED -> new WalletException(Step.OFFER,
                    "the offer link is not properly percent-encoded: " + detail, cause);
        });
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 40) + "…'";
    }
}
