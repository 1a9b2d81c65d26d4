package io.sigillum.trustregistry.issuer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The trusted issuers the registry holds. */
@ApplicationScoped
public class TrustedIssuers {

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    /** Every issuer, in every state, by identifier. */
    public List<TrustedIssuerRecord> all() {
        return entityManager
                .createQuery("SELECT i FROM TrustedIssuerRecord i ORDER BY i.id", TrustedIssuerRecord.class)
                .getResultList();
    }
}
