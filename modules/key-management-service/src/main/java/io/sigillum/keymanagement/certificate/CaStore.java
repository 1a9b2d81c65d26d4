package io.sigillum.keymanagement.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads and stores the certificate authorities' rows. */
@ApplicationScoped
public class CaStore {

    @PersistenceContext(unitName = "key-management")
    private EntityManager entityManager;

    List<CaRecord> all() {
        return entityManager.createQuery("SELECT c FROM CaRecord c ORDER BY c.name", CaRecord.class).getResultList();
    }

    /** Stores a new set of authorities in one transaction; fails if another replica stored one first. */
    @Transactional
    void addAll(List<CaRecord> records) {
        records.forEach(entityManager::persist);
        entityManager.flush();
    }
}
