package io.sigillum.issuance.offer;

import io.sigillum.crypto.secret.Secrets;
import io.sigillum.api.issueradmin.model.CreatedOffer;
import io.sigillum.api.issueradmin.model.OfferRequest;
import io.sigillum.api.issueradmin.model.TxCodeRequest;
import io.sigillum.issuance.configuration.CredentialConfigurations;
import io.sigillum.issuance.metadata.CredentialIssuerIdentifier;
import io.sigillum.platform.problem.Problem;
import io.sigillum.platform.qr.QrCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Makes credential offers with a pre-authorized code and, when asked, a Transaction Code. */
@ApplicationScoped
public class OfferCreation {

    private final CredentialOffers offers;
    private final CredentialConfigurations configurations;
    private final CredentialIssuerIdentifier issuer;
    private final Duration defaultTtl;
    private final Clock clock = Clock.systemUTC();

    @Inject
    OfferCreation(CredentialOffers offers, CredentialConfigurations configurations, CredentialIssuerIdentifier issuer,
                  @ConfigProperty(name = "sigillum.issuance.offer.ttl", defaultValue = "PT15M") Duration defaultTtl) {
        this.offers = offers;
        this.configurations = configurations;
        this.issuer = issuer;
        this.defaultTtl = defaultTtl;
    }

    /**
     * @param request what to offer to whom
     * @return the offer, with its URI, QR code and (once) its Transaction Code
     */
    @Transactional
    public CreatedOffer create(OfferRequest request) {
        String subject = required(request.getSubject(), "subject");
        List<String> ids = List.copyOf(new LinkedHashSet<>(Optional.ofNullable(request.getCredentialConfigurationIds())
                .filter(l -> !l.isEmpty()).orElseThrow(() -> invalid("credentialConfigurationIds names no configuration"))));
        for (String id : ids) {
            if (configurations.find(id).isEmpty()) {
                throw new Problem(URI.create("urn:sigillum:problem:issuance:unknown-configuration"),
                        "Unknown credential configuration", 422, "This issuer has no configuration " + id + ".")
                        .asException();
            }
        }
        Duration ttl = Optional.ofNullable(request.getExpiresInSeconds()).map(Duration::ofSeconds).orElse(defaultTtl);
        Instant now = clock.instant();
        String code = Secrets.random();
        Optional<String> txCode = Optional.ofNullable(request.getTxCode()).map(t -> Secrets.digits(length(t)));
        Optional<CredentialOfferDocument.TxCode> txCodeShown = Optional.ofNullable(request.getTxCode())
                .map(t -> new CredentialOfferDocument.TxCode("numeric", length(t), Optional.ofNullable(t.getDescription())));
        boolean byReference = Boolean.TRUE.equals(request.getByReference());
        String id = UUID.randomUUID().toString();
        CredentialOfferRecord offer = new CredentialOfferRecord(id, subject, new LinkedHashSet<>(ids), now, now.plus(ttl),
                Secrets.digest(code), txCode.map(Secrets::digest).orElse(null), byReference);
        String json = CredentialOfferDocument.json(issuer.uri(), ids, code, txCodeShown);
        URI offerUri = issuer.endpoint("/credential-offers/" + id);
        String uri;
        if (byReference) {
            offer.offerJson(json);
            uri = CredentialOfferDocument.byReference(offerUri);
        } else {
            uri = CredentialOfferDocument.byValue(json);
        }
        byte[] qr;
        try {
            qr = QrCodes.png(uri);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        offers.add(offer);
        CreatedOffer created = new CreatedOffer().id(id).offerUri(uri).qrCodePng(qr)
                .expiresAt(offer.expiresAt().atOffset(ZoneOffset.UTC));
        txCode.ifPresent(created::txCode);
        if (byReference) {
            created.credentialOfferUri(offerUri);
        }
        return created;
    }

    private static int length(TxCodeRequest txCode) {
        return Optional.ofNullable(txCode.getLength()).orElse(6);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw invalid(name + " is required");
        }
        return value;
    }

    private static jakarta.ws.rs.WebApplicationException invalid(String detail) {
        return Problem.of(Response.Status.BAD_REQUEST, detail + ".").asException();
    }
}
