package io.sigillum.verification.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The presentation transactions, shared by every replica through the database. */
@ApplicationScoped
public class PresentationTransactions {

    @PersistenceContext(unitName = "verification")
    private EntityManager entityManager;

    public Optional<PresentationTransactionRecord> byId(String id) {
        return Optional.ofNullable(entityManager.find(PresentationTransactionRecord.class, id));
    }

    public Optional<PresentationTransactionRecord> byRequestId(String requestId) {
        return entityManager
                .createQuery("SELECT t FROM PresentationTransactionRecord t WHERE t.requestId = :requestId",
                        PresentationTransactionRecord.class)
                .setParameter("requestId", requestId)
                .getResultStream()
                .findFirst();
    }
}
