package io.sigillum.issuance.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The credential offers this issuer made. */
@ApplicationScoped
public class CredentialOffers {

    @PersistenceContext(unitName = "issuance")
    private EntityManager entityManager;

    /** Every offer, newest first. */
    public List<CredentialOfferRecord> all() {
        return entityManager
                .createQuery("SELECT o FROM CredentialOfferRecord o ORDER BY o.expiresAt DESC, o.id", CredentialOfferRecord.class)
                .getResultList();
    }
}
