package io.sigillum.trustregistry.issuer;

import io.sigillum.api.trustregistry.model.IssuerDetail;
import io.sigillum.api.trustregistry.model.IssuerState;
import io.sigillum.api.trustregistry.model.TrustedIssuer;
import io.sigillum.trustregistry.anchor.AnchorViews;
import io.sigillum.trustregistry.anchor.TrustAnchors;
import io.sigillum.trustregistry.authorization.AuthorizationViews;
import io.sigillum.trustregistry.authorization.Authorizations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.ZoneOffset;

/** Issuers as the API shows them: in a list, or with their anchors and authorizations, current and past. */
@ApplicationScoped
public class IssuerViews {

    private final TrustAnchors anchors;
    private final Authorizations authorizations;

    @Inject
    IssuerViews(TrustAnchors anchors, Authorizations authorizations) {
        this.anchors = anchors;
        this.authorizations = authorizations;
    }

    /** The issuer with its history; reads in a transaction of its own, after the change committed. */
    @Transactional
    public IssuerDetail detail(TrustedIssuerRecord issuer) {
        return new IssuerDetail().id(issuer.id()).legalName(issuer.legalName()).country(issuer.country())
                .state(IssuerState.fromValue(issuer.state())).validity(Windows.toApi(issuer.validity()))
                .version(issuer.version()).createdAt(issuer.createdAt().atOffset(ZoneOffset.UTC))
                .anchors(anchors.ofIssuer(issuer.id()).stream().map(AnchorViews::toApi).toList())
                .authorizations(authorizations.ofIssuer(issuer.id()).stream().map(AuthorizationViews::toApi).toList());
    }

    /** The issuer as the list shows it. */
    public static TrustedIssuer summary(TrustedIssuerRecord issuer) {
        return new TrustedIssuer(issuer.id(), issuer.legalName(), issuer.country(),
                TrustedIssuer.StateEnum.fromValue(issuer.state()))
                .validity(Windows.toApi(issuer.validity())).version(issuer.version());
    }
}
