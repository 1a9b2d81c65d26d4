package io.sigillum.trustregistry.issuer;

import io.sigillum.trustregistry.TrustProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

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

    /** The issuer with this identifier. */
    public Optional<TrustedIssuerRecord> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entityManager.find(TrustedIssuerRecord.class, id));
    }

    /**
     * The issuer a change is about to touch, inside the change's transaction.
     *
     * @throws jakarta.ws.rs.WebApplicationException 404 when there is none, 409 when it is withdrawn (final)
     */
    public TrustedIssuerRecord changeable(String id) {
        TrustedIssuerRecord issuer = find(id).orElseThrow(() -> TrustProblems.unknownIssuer(id));
        if (issuer.withdrawn()) {
            throw TrustProblems.conflict("Issuer " + TrustProblems.printable(id)
                    + " is withdrawn; that is final, and it can no longer be changed.");
        }
        return issuer;
    }
}
