package io.sigillum.status.list;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * Deploys the persistence unit at start-up, outside any transaction. Deployed lazily, EclipseLink
 * logs in inside the first request's transaction, holding one pooled connection for the rest of it
 * while it opens another: a burst of first requests drained the pool (measured on PostgreSQL).
 */
@ApplicationScoped
class PersistenceWarmUp {

    @PersistenceUnit(unitName = "status")
    private EntityManagerFactory factory;

    void deploy(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) @Initialized(ApplicationScoped.class) Object started) {
        factory.createEntityManager().close();
    }
}
