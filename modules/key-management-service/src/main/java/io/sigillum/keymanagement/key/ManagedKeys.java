package io.sigillum.keymanagement.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The keys this service manages. */
@ApplicationScoped
public class ManagedKeys {

    /**
     * States whose public keys are published: {@code next} so verifiers know a key before it
     * signs, {@code active}, and {@code retired} so what it signed still verifies.
     */
    static final List<String> PUBLISHED_STATES = List.of("next", "active", "retired");

    @PersistenceContext(unitName = "key-management")
    private EntityManager entityManager;

    /** Every key, newest first. */
    public List<ManagedKeyRecord> all() {
        return entityManager
                .createQuery("SELECT k FROM ManagedKeyRecord k ORDER BY k.createdAt DESC, k.kid", ManagedKeyRecord.class)
                .getResultList();
    }

    /** The keys whose public part is published, in a stable order. */
    public List<ManagedKeyRecord> published() {
        return entityManager
                .createQuery("SELECT k FROM ManagedKeyRecord k WHERE k.state IN :states ORDER BY k.kid", ManagedKeyRecord.class)
                .setParameter("states", PUBLISHED_STATES)
                .getResultList();
    }
}
