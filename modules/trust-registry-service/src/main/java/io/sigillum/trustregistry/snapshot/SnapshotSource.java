package io.sigillum.trustregistry.snapshot;

import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trustregistry.anchor.TrustAnchorRecord;
import io.sigillum.trustregistry.anchor.TrustAnchors;
import io.sigillum.trustregistry.authorization.AuthorizationRecord;
import io.sigillum.trustregistry.authorization.Authorizations;
import io.sigillum.trustregistry.changes.RegistryVersionRecord;
import io.sigillum.trustregistry.changes.RegistryVersions;
import io.sigillum.trustregistry.issuer.TrustedIssuerRecord;
import io.sigillum.trustregistry.issuer.TrustedIssuers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the trust state from the rows: every issuer, in every state, by identifier, with its
 * current anchors and authorizations in the order they were added. The version row is locked for
 * the read, so no change commits between the version and the rows: the snapshot is exactly that
 * version's state. Its {@code generatedAt} is the time of the change that made the version, so
 * every replica builds the same bytes, and the same ETag, for a version.
 */
@ApplicationScoped
public class SnapshotSource {

    private final RegistryVersions versions;
    private final TrustedIssuers issuers;
    private final TrustAnchors anchors;
    private final Authorizations authorizations;

    @Inject
    SnapshotSource(RegistryVersions versions, TrustedIssuers issuers, TrustAnchors anchors, Authorizations authorizations) {
        this.versions = versions;
        this.issuers = issuers;
        this.anchors = anchors;
        this.authorizations = authorizations;
    }

    @Transactional
    public TrustSnapshot read() {
        RegistryVersionRecord version = versions.lockedForReading();
        Map<String, List<Anchor>> anchorsByIssuer = new HashMap<>();
        for (TrustAnchorRecord anchor : anchors.allCurrent()) {
            anchorsByIssuer.computeIfAbsent(anchor.issuerId(), id -> new ArrayList<>()).add(anchor.toModel());
        }
        Map<String, List<Authorization>> authorizationsByIssuer = new HashMap<>();
        for (AuthorizationRecord authorization : authorizations.allCurrent()) {
            authorizationsByIssuer.computeIfAbsent(authorization.issuerId(), id -> new ArrayList<>()).add(authorization.toModel());
        }
        List<TrustedIssuer> model = new ArrayList<>();
        for (TrustedIssuerRecord issuer : issuers.all()) {
            model.add(new TrustedIssuer(issuer.id(), issuer.legalName(), issuer.country(), issuer.issuerState(),
                    issuer.validity(), anchorsByIssuer.getOrDefault(issuer.id(), List.of()),
                    authorizationsByIssuer.getOrDefault(issuer.id(), List.of())));
        }
        return new TrustSnapshot(version.version(), version.changedAt(), model);
    }
}
