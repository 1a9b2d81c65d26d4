package io.sigillum.trustregistry.trustedlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The trusted lists held: the list of trusted lists, and one list per territory. */
@ApplicationScoped
public class HeldLists {

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    /** @param key {@code lotl} or a territory */
    public Optional<HeldListRecord> find(String key) {
        return Optional.ofNullable(entityManager.find(HeldListRecord.class, key));
    }

    /** Holds a new list under the key (the caller fills it in). */
    public HeldListRecord create(String key) {
        HeldListRecord record = new HeldListRecord(key);
        entityManager.persist(record);
        return record;
    }

    /** Every list held, by key. */
    public List<HeldListRecord> all() {
        return entityManager.createQuery("SELECT l FROM HeldListRecord l ORDER BY l.listId", HeldListRecord.class)
                .getResultList();
    }
}
