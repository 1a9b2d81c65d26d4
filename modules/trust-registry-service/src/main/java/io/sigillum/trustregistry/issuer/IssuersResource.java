package io.sigillum.trustregistry.issuer;

import io.sigillum.api.trustregistry.IssuersApi;
import io.sigillum.api.trustregistry.model.TrustedIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** {@code GET /issuers}: the registry's issuers, for its administrators and for verifiers (roles in the spec). */
@ApplicationScoped
public class IssuersResource implements IssuersApi {

    private final TrustedIssuers issuers;

    @Inject
    IssuersResource(TrustedIssuers issuers) {
        this.issuers = issuers;
    }

    @Override
    public List<TrustedIssuer> listIssuers() {
        return issuers.all().stream().map(IssuersResource::toApi).toList();
    }

    private static TrustedIssuer toApi(TrustedIssuerRecord row) {
        return new TrustedIssuer(row.id(), row.legalName(), row.country(), TrustedIssuer.StateEnum.fromValue(row.state()));
    }
}
