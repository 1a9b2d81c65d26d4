package io.sigillum.trustregistry.anchor;

import io.sigillum.api.trustregistry.model.AnchorAddition;
import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.KeyAnchor;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.changes.Operation;
import io.sigillum.trustregistry.changes.Reasons;
import io.sigillum.trustregistry.changes.RegistryChanges;
import io.sigillum.trustregistry.issuer.TrustedIssuerRecord;
import io.sigillum.trustregistry.issuer.TrustedIssuers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Adds and removes trust anchors, each one change of the registry. An anchor is built as the trust
 * model's {@link CertificateAnchor} or {@link KeyAnchor}, and then the issuer with it as a
 * {@link TrustedIssuer}: whatever the model refuses, the registry refuses.
 */
@ApplicationScoped
public class AnchorChanges {

    /** Anchor identifiers: they stand in URL paths, so unreserved characters only (RFC 3986 §2.3). */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,256}");

    private final RegistryChanges changes;
    private final TrustedIssuers issuers;
    private final TrustAnchors anchors;

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    @Inject
    AnchorChanges(RegistryChanges changes, TrustedIssuers issuers, TrustAnchors anchors) {
        this.changes = changes;
        this.issuers = issuers;
        this.anchors = anchors;
    }

    /** @throws jakarta.ws.rs.WebApplicationException 400, 404, 409, 422 */
    @Transactional
    public TrustAnchorRecord add(String actor, AnchorAddition request) {
        String reason = Reasons.required(request.getReason());
        if (request.getIssuer() == null) {
            throw TrustProblems.invalidRequest("'issuer' names the issuer the anchor is for.");
        }
        String id = request.getId() == null ? UUID.randomUUID().toString() : request.getId();
        if (!ID.matcher(id).matches()) {
            throw TrustProblems.invalidRequest("An anchor 'id' is 1 to 256 of A-Z, a-z, 0-9, '.', '_', '~' and '-'.");
        }
        Anchor anchor = build(id, request);

        RegistryChanges.Change change = changes.begin();
        TrustedIssuerRecord issuer = issuers.changeable(request.getIssuer());
        if (anchors.find(id).isPresent()) {
            throw TrustProblems.conflict("The anchor id " + TrustProblems.printable(id) + " is taken (ids are never reused).");
        }
        List<Anchor> held = new ArrayList<>(anchors.currentOfIssuer(issuer.id()).stream().map(TrustAnchorRecord::toModel).toList());
        held.add(anchor);
        try {
            new TrustedIssuer(issuer.id(), issuer.legalName(), issuer.country(), issuer.issuerState(), issuer.validity(),
                    held, List.of());
        } catch (IllegalArgumentException e) {
            throw TrustProblems.conflict(e.getMessage() + ".");
        }
        TrustAnchorRecord record = new TrustAnchorRecord(anchor, issuer.id(), change.version(), change.at());
        entityManager.persist(record);
        issuer.changedAt(change.version(), change.at());
        changes.commit(change, actor, Operation.ANCHOR_ADDED, issuer.id(), id, summary(record), reason);
        return record;
    }

    /** @throws jakarta.ws.rs.WebApplicationException 400, 404, 409 (removed already, or the issuer is withdrawn) */
    @Transactional
    public TrustAnchorRecord remove(String actor, String anchorId, String reasonGiven) {
        String reason = Reasons.required(reasonGiven);
        RegistryChanges.Change change = changes.begin();
        TrustAnchorRecord anchor = anchors.find(anchorId).orElseThrow(() -> TrustProblems.unknown("anchor", anchorId));
        if (anchor.removed()) {
            throw TrustProblems.conflict("Anchor " + TrustProblems.printable(anchorId) + " was removed at version "
                    + anchor.removedVersion().orElseThrow() + ".");
        }
        TrustedIssuerRecord issuer = issuers.changeable(anchor.issuerId());
        anchor.remove(change.version(), change.at());
        issuer.changedAt(change.version(), change.at());
        changes.commit(change, actor, Operation.ANCHOR_REMOVED, issuer.id(), anchorId, summary(anchor), reason);
        return anchor;
    }

    private static Anchor build(String id, AnchorAddition request) {
        if (request.getType() == null) {
            throw TrustProblems.invalidRequest("'type' is x509 or jwk.");
        }
        boolean hasJwk = request.getJwk() != null && !request.getJwk().isEmpty();
        try {
            return switch (request.getType()) {
                case X509 -> {
                    if (request.getKind() == null || hasJwk) {
                        throw TrustProblems.invalidRequest("An x509 anchor has 'kind' and 'certificate', and no 'jwk'.");
                    }
                    yield new CertificateAnchor(id, AnchorKind.valueOf(request.getKind().name()),
                            AnchorMaterial.certificate(request.getCertificate()));
                }
                case JWK -> {
                    if (!hasJwk || request.getKind() != null || request.getCertificate() != null) {
                        throw TrustProblems.invalidRequest("A jwk anchor has 'jwk', and no 'kind' or 'certificate'.");
                    }
                    yield new KeyAnchor(id, JwkKeys.fromRequest(request.getJwk()));
                }
            };
        } catch (IllegalArgumentException e) {
            throw TrustProblems.refusedByModel(e.getMessage() + ".");
        }
    }

    private static Map<String, Object> summary(TrustAnchorRecord anchor) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("anchor", anchor.id());
        summary.put("type", anchor.anchorType());
        anchor.kind().ifPresent(kind -> summary.put("kind", kind));
        summary.put("fingerprint", anchor.fingerprint());
        summary.put("addedVersion", anchor.addedVersion());
        anchor.removedVersion().ifPresent(v -> summary.put("removedVersion", v));
        return summary;
    }
}
