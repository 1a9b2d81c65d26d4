package io.sigillum.trustregistry.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads the change log, oldest first. */
@ApplicationScoped
public class ChangeLog {

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    /**
     * @param since  only versions after this one
     * @param limit  at most this many
     * @param issuer only this issuer's changes (those naming it, and those across issuers that
     *               touched it), or null for all
     */
    @Transactional
    public List<RegistryChangeRecord> after(long since, int limit, String issuer) {
        TypedQuery<RegistryChangeRecord> query = entityManager.createQuery(issuer == null
                        ? "SELECT c FROM RegistryChangeRecord c WHERE c.version > :since ORDER BY c.version"
                        : "SELECT c FROM RegistryChangeRecord c WHERE c.version > :since AND (c.issuerId = :issuer"
                                + " OR c.version IN (SELECT t.version FROM ChangedIssuerRecord t WHERE t.issuerId = :issuer))"
                                + " ORDER BY c.version",
                RegistryChangeRecord.class).setParameter("since", since).setMaxResults(limit);
        if (issuer != null) {
            query.setParameter("issuer", issuer);
        }
        return query.getResultList();
    }
}
