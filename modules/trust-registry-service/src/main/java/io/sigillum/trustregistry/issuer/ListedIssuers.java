package io.sigillum.trustregistry.issuer;

import io.sigillum.trust.model.IssuerState;
import io.sigillum.trustregistry.changes.RegistryChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Writes the issuers a trusted-list import takes from a territory's list, inside the import's
 * change: registers new ones, renames and changes the state of those already taken from the same
 * territory. The import decides what; this only writes, as the other changes of this package do.
 */
@ApplicationScoped
public class ListedIssuers {

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    /** Every issuer taken from the territory's list, in every state, by identifier. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TrustedIssuerRecord> ofList(String territory) {
        return entityManager.createQuery("SELECT i FROM TrustedIssuerRecord i WHERE i.listTerritory = :territory"
                + " ORDER BY i.id", TrustedIssuerRecord.class).setParameter("territory", territory).getResultList();
    }

    /** Registers an issuer of the territory's list, active or suspended, with an unbounded validity. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrustedIssuerRecord register(String id, String legalName, String territory, IssuerState state,
                                        RegistryChanges.Change change) {
        TrustedIssuerRecord issuer = new TrustedIssuerRecord(id, legalName, territory, territory, change.version(), change.at());
        issuer.state(state);
        entityManager.persist(issuer);
        // Anchors refer to the issuer's row; there is no mapping to tell EclipseLink to write it first.
        entityManager.flush();
        return issuer;
    }

    /** @return whether the legal name changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rename(TrustedIssuerRecord issuer, String legalName) {
        if (legalName.equals(issuer.legalName())) {
            return false;
        }
        issuer.update(legalName, issuer.country(), issuer.validity());
        return true;
    }

    /** Moves an active or suspended issuer to the state; never from or to withdrawn, which is final and the administrators'. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void state(TrustedIssuerRecord issuer, IssuerState state) {
        if (issuer.withdrawn() || state == IssuerState.WITHDRAWN) {
            throw new IllegalStateException("an import never withdraws an issuer nor changes a withdrawn one");
        }
        issuer.state(state);
    }
}
