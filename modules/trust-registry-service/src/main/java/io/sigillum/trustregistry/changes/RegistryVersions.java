package io.sigillum.trustregistry.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Reads the registry's version, without a lock (is my copy current?) or with one (a consistent read). */
@ApplicationScoped
public class RegistryVersions {

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    /** The current version, as last committed. */
    @Transactional
    public long current() {
        return entityManager.createQuery("SELECT v.version FROM RegistryVersionRecord v WHERE v.id = :id", Long.class)
                .setParameter("id", RegistryVersionRecord.ID).getSingleResult();
    }

    /**
     * The version row, locked until the caller's transaction ends: no change commits meanwhile, so
     * what the transaction reads next is exactly this version's state.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegistryVersionRecord lockedForReading() {
        RegistryVersionRecord row = entityManager.find(RegistryVersionRecord.class, RegistryVersionRecord.ID,
                LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("registry_version has no row: the trust-registry schema is not migrated");
        }
        return row;
    }
}
