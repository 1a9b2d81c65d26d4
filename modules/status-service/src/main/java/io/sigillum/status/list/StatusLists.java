package io.sigillum.status.list;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The status lists this service keeps. */
@ApplicationScoped
public class StatusLists {

    @PersistenceContext(unitName = "status")
    private EntityManager entityManager;

    /** Every list, oldest first. */
    public List<StatusListRecord> all() {
        return entityManager
                .createQuery("SELECT l FROM StatusListRecord l ORDER BY l.createdAt, l.id", StatusListRecord.class)
                .getResultList();
    }

    /** How many entries each list has handed out, by list id. */
    public java.util.Map<String, Long> allocatedCounts() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (Object[] row : entityManager.createQuery("SELECT e.listId, COUNT(e) FROM StatusEntryRecord e GROUP BY e.listId",
                Object[].class).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** One list. */
    public Optional<StatusListRecord> find(String id) {
        return Optional.ofNullable(entityManager.find(StatusListRecord.class, id));
    }
}
