package io.sigillum.keymanagement.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Writes audit records in the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class KeyAudit {

    @PersistenceContext(unitName = "key-management")
    private EntityManager entityManager;

    /**
     * Records one operation.
     *
     * @param detail what else matters (e.g. "published until …"), never data or key material
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, KeyAction action, String kid, String purpose, String scope, String detail) {
        entityManager.persist(new KeyAuditRecord(Instant.now(), actor, action, kid, purpose, scope, 1, detail));
    }

    /** Records signing operations counted over a window, in a transaction of their own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAll(List<SigningTally.Entry> entries) {
        for (SigningTally.Entry entry : entries) {
            entityManager.persist(new KeyAuditRecord(entry.window(), entry.actor(), entry.action(), entry.kid(),
                    entry.purpose(), entry.scope(), entry.count(), null));
        }
    }

    /** The trail of one key, oldest first. */
    public List<KeyAuditRecord> of(String kid) {
        return entityManager.createQuery("SELECT a FROM KeyAuditRecord a WHERE a.kid = :kid ORDER BY a.occurredAt, a.id",
                KeyAuditRecord.class).setParameter("kid", kid).getResultList();
    }
}
