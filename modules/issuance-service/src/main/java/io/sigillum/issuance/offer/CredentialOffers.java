package io.sigillum.issuance.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The credential offers this issuer made. */
@ApplicationScoped
public class CredentialOffers {

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    /** Every offer, newest first. */
    public List<CredentialOfferRecord> all() {
        return entityManager
                .createQuery("SELECT o FROM CredentialOfferRecord o ORDER BY o.createdAt DESC, o.id", CredentialOfferRecord.class)
                .setMaxResults(1000)
                .getResultList();
    }

    /** One offer. */
    public Optional<CredentialOfferRecord> find(String id) {
        return Optional.ofNullable(id).map(i -> entityManager.find(CredentialOfferRecord.class, i));
    }

    /**
     * The offer whose live pre-authorized code has this digest, locked for the rest of the
     * transaction: two replicas redeeming one code at once serialize here, and one wins.
     */
    public Optional<CredentialOfferRecord> lockByCode(String codeHash) {
        return entityManager.createQuery("SELECT o FROM CredentialOfferRecord o WHERE o.preAuthorizedCodeHash = :hash",
                        CredentialOfferRecord.class)
                .setParameter("hash", codeHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    void add(CredentialOfferRecord offer) {
        entityManager.persist(offer);
    }
}
