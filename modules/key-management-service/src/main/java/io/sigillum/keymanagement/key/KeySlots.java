package io.sigillum.keymanagement.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Makes the row of a purpose and scope before a lifecycle change locks it. In a transaction of its
 * own, begun before the change's: when two replicas make the same row at once, one insert fails,
 * and that must not roll back the change that needed the row (the row is there either way).
 */
@ApplicationScoped
public class KeySlots {

    @PersistenceContext(unitName = "key-management")
    private EntityManager entityManager;

    /**
     * Makes sure the row exists, before the transaction that will lock it begins: made inside that
     * transaction, each waiting request would hold two connections (its own and this one's), and
     * a burst of them drained the pool.
     */
    public void ensure(KeyPurpose purpose, String scope) {
        try {
            insertIfAbsent(purpose, scope);
        } catch (RuntimeException raced) {
            // Another transaction made the row first; it is there, which is all we need.
        }
    }

    /**
     * Makes the row unless it exists.
     *
     * @throws RuntimeException when a concurrent transaction made it first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertIfAbsent(KeyPurpose purpose, String scope) {
        if (entityManager.find(KeySlot.class, new KeySlot.Id(purpose, scope)) == null) {
            entityManager.persist(new KeySlot(purpose, scope, Instant.now()));
            entityManager.flush();
        }
    }
}
