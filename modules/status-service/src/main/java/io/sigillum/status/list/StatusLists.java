package io.sigillum.status.list;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The status lists this service keeps. */
@ApplicationScoped
public class StatusLists {

    @PersistenceContext(unitName = "status")
    private EntityManager entityManager;

    /** Every list, oldest first. */
    public List<StatusListRecord> all() {
        return entityManager
                .createQuery("SELECT l FROM StatusListRecord l ORDER BY l.id", StatusListRecord.class)
                .getResultList();
    }
}
