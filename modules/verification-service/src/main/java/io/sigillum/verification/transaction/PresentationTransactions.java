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
        // Called first in its JTA transaction, with the shared cache off (persistence.xml): the
        // instance comes from the locked row itself, so no refresh (a second SELECT) is needed.
        return entityManager
                .createQuery("SELECT t FROM PresentationTransactionRecord t WHERE t.requestId = :requestId",
                        PresentationTransactionRecord.class)
                .setParameter("requestId", requestId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /**
     * Deletes transactions, answered or not, whose expiry is older than the cut-off: the verified
     * claims of an outcome are kept only as long as a relying party needs to read them.
     */
    public int deleteExpiredBefore(Instant cutOff) {
        return entityManager.createQuery("DELETE FROM PresentationTransactionRecord t WHERE t.expiresAt < :cutOff")
                .setParameter("cutOff", cutOff.atOffset(ZoneOffset.UTC))
                .executeUpdate();
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
