package io.sigillum.verification.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The presentation transactions, shared by every replica through the database. */
@ApplicationScoped
public class PresentationTransactions {

    @PersistenceContext(unitName = "verification")
    private EntityManager entityManager;

    public Optional<PresentationTransactionRecord> byId(String id) {
        return Optional.ofNullable(id).map(i -> entityManager.find(PresentationTransactionRecord.class, i));
    }

    public Optional<PresentationTransactionRecord> byRequestId(String requestId) {
        return entityManager
                .createQuery("SELECT t FROM PresentationTransactionRecord t WHERE t.requestId = :requestId",
                        PresentationTransactionRecord.class)
                .setParameter("requestId", requestId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The transaction of a request id, locked for the rest of the JTA transaction: two replicas
     * processing one answer at once serialize here, and the second sees it answered.
     */
    public Optional<PresentationTransactionRecord> lockByRequestId(String requestId) {
        Optional<PresentationTransactionRecord> found = entityManager
                .createQuery("SELECT t FROM PresentationTransactionRecord t WHERE t.requestId = :requestId",
                        PresentationTransactionRecord.class)
                .setParameter("requestId", requestId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        // The lock query may return the instance the persistence context already held; read the row as it is now.
        found.ifPresent(t -> entityManager.refresh(t));
        return found;
    }

    /** Erases the keys of transactions that expired unanswered; returns how many. */
    public int expireBefore(Instant now) {
        return entityManager.createQuery("UPDATE PresentationTransactionRecord t SET t.state = :expired, t.encryptionJwk = NULL"
                        + " WHERE t.state = :pending AND t.expiresAt <= :now")
                .setParameter("expired", PresentationTransactionRecord.EXPIRED)
                .setParameter("pending", PresentationTransactionRecord.PENDING)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    void add(PresentationTransactionRecord transaction) {
        entityManager.persist(transaction);
    }
}
