package io.sigillum.keymanagement.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Makes the row of a purpose and scope before a lifecycle change locks it. In a transaction of its
 * own: when two replicas make the same row at once, one insert fails, and that must not roll back
 * the change that needed the row (the caller ignores the failure: the row is there either way).
 */
@ApplicationScoped
public class KeySlots {

    @PersistenceContext(unitName = "key-management")
    private EntityManager entityManager;

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
