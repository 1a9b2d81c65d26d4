package io.sigillum.keymanagement.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Reads the keys this service manages. */
@ApplicationScoped
public class ManagedKeys {

    @PersistenceContext(unitName = "key-management")
    private EntityManager entityManager;

    @jakarta.inject.Inject
    private KeySlots slots;

    /** Every key, newest first, optionally of one purpose and state. */
    public List<ManagedKeyRecord> all(Optional<KeyPurpose> purpose, Optional<KeyState> state) {
        // Conditions are added, not bound as NULL: PostgreSQL cannot type a NULL parameter.
        StringBuilder jpql = new StringBuilder("SELECT k FROM ManagedKeyRecord k WHERE 1 = 1");
        purpose.ifPresent(p -> jpql.append(" AND k.purpose = :purpose"));
        state.ifPresent(s -> jpql.append(" AND k.state = :state"));
        TypedQuery<ManagedKeyRecord> query = entityManager.createQuery(
                jpql.append(" ORDER BY k.createdAt DESC, k.kid").toString(), ManagedKeyRecord.class);
        purpose.ifPresent(p -> query.setParameter("purpose", p.value()));
        state.ifPresent(s -> query.setParameter("state", s.value()));
        return query.getResultList();
    }

    /** One key. */
    public Optional<ManagedKeyRecord> find(String kid) {
        return Optional.ofNullable(entityManager.find(ManagedKeyRecord.class, kid));
    }

    /**
     * The keys whose public part is published, in a stable order: {@code next} so verifiers know a
     * key before it signs, {@code active}, and {@code retired} until their {@code verify_until}, so
     * what they signed still verifies.
     *
     * @param purpose only this purpose, or all
     * @param scope   only this scope, or all
     */
    public List<ManagedKeyRecord> published(Optional<KeyPurpose> purpose, Optional<String> scope, Instant now) {
        StringBuilder jpql = new StringBuilder("SELECT k FROM ManagedKeyRecord k WHERE (k.state IN ('next', 'active')"
                + " OR (k.state = 'retired' AND k.verifyUntil > :now))");
        purpose.ifPresent(p -> jpql.append(" AND k.purpose = :purpose"));
        scope.ifPresent(s -> jpql.append(" AND k.scope = :scope"));
        TypedQuery<ManagedKeyRecord> query = entityManager.createQuery(
                jpql.append(" ORDER BY k.purpose, k.scope, k.kid").toString(), ManagedKeyRecord.class);
        query.setParameter("now", now.atOffset(ZoneOffset.UTC));
        purpose.ifPresent(p -> query.setParameter("purpose", p.value()));
        scope.ifPresent(s -> query.setParameter("scope", s));
        return query.getResultList();
    }

    /** The key in this state of a purpose and scope (there is at most one active and one next). */
    Optional<ManagedKeyRecord> inState(KeyPurpose purpose, String scope, KeyState state) {
        return entityManager.createQuery("SELECT k FROM ManagedKeyRecord k WHERE k.purpose = :purpose"
                        + " AND k.scope = :scope AND k.state = :state ORDER BY k.createdAt DESC", ManagedKeyRecord.class)
                .setParameter("purpose", purpose.value())
                .setParameter("scope", scope)
                .setParameter("state", state.value())
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The active key of a purpose and scope, read without locks (for signers). */
    public Optional<ManagedKeyRecord> active(KeyPurpose purpose, String scope) {
        return inState(purpose, scope, KeyState.ACTIVE);
    }

    /**
     * Locks the row of a purpose and scope for this transaction, so lifecycle changes to its keys
     * serialise across replicas. Callers make the row first ({@link KeySlots#ensure}); should it be
     * missing, it is made here, in a transaction of its own.
     */
    void lockSlot(KeyPurpose purpose, String scope) {
        KeySlot.Id id = new KeySlot.Id(purpose, scope);
        if (entityManager.find(KeySlot.class, id, LockModeType.PESSIMISTIC_WRITE) == null) {
            try {
                slots.insertIfAbsent(purpose, scope);
            } catch (RuntimeException raced) {
                // Another transaction made the row first; it is there, which is all we need.
            }
            if (entityManager.find(KeySlot.class, id, LockModeType.PESSIMISTIC_WRITE) == null) {
                throw new IllegalStateException("the key slot of " + purpose.value() + " could not be made");
            }
        }
    }

    /** The key, locked for this transaction. */
    Optional<ManagedKeyRecord> lock(String kid) {
        return Optional.ofNullable(entityManager.find(ManagedKeyRecord.class, kid, LockModeType.PESSIMISTIC_WRITE));
    }

    void add(ManagedKeyRecord key) {
        entityManager.persist(key);
    }
}
