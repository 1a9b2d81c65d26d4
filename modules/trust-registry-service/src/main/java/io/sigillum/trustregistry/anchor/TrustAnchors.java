package io.sigillum.trustregistry.anchor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The anchors the registry holds, current and removed. */
@ApplicationScoped
public class TrustAnchors {

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    public Optional<TrustAnchorRecord> find(String id) {
        return Optional.ofNullable(entityManager.find(TrustAnchorRecord.class, id));
    }

    /** Every anchor the issuer ever had, in the order they were added. */
    public List<TrustAnchorRecord> ofIssuer(String issuerId) {
        return entityManager.createQuery("SELECT a FROM TrustAnchorRecord a WHERE a.issuerId = :issuer"
                        + " ORDER BY a.addedVersion, a.id", TrustAnchorRecord.class)
                .setParameter("issuer", issuerId).getResultList();
    }

    /** The issuer's anchors that are not removed, in the order they were added. */
    public List<TrustAnchorRecord> currentOfIssuer(String issuerId) {
        return ofIssuer(issuerId).stream().filter(a -> !a.removed()).toList();
    }

    /** Every anchor not removed, by issuer, then in the order they were added. */
    public List<TrustAnchorRecord> allCurrent() {
        return entityManager.createQuery("SELECT a FROM TrustAnchorRecord a WHERE a.removedAt IS NULL"
                + " ORDER BY a.issuerId, a.addedVersion, a.id", TrustAnchorRecord.class).getResultList();
    }
}
