package io.sigillum.trustregistry.authorization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The authorizations the registry holds, current and revoked. */
@ApplicationScoped
public class Authorizations {

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    public Optional<AuthorizationRecord> find(String id) {
        return Optional.ofNullable(entityManager.find(AuthorizationRecord.class, id));
    }

    /** Every authorization the issuer ever held, in the order they were granted. */
    public List<AuthorizationRecord> ofIssuer(String issuerId) {
        return entityManager.createQuery("SELECT a FROM AuthorizationRecord a WHERE a.issuerId = :issuer"
                        + " ORDER BY a.grantedVersion, a.id", AuthorizationRecord.class)
                .setParameter("issuer", issuerId).getResultList();
    }

    /** Every authorization not revoked, by issuer, then in the order they were granted. */
    public List<AuthorizationRecord> allCurrent() {
        return entityManager.createQuery("SELECT a FROM AuthorizationRecord a WHERE a.revokedAt IS NULL"
                + " ORDER BY a.issuerId, a.grantedVersion, a.id", AuthorizationRecord.class).getResultList();
    }
}
