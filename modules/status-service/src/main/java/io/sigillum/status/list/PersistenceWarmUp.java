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
public class PersistenceWarmUp {

    /**
     * The priority at which start-up observers that use the database from threads of their own
     * start them: after this deployment, so no other thread deploys the unit concurrently
     * (which deadlocked a container's start with its own CDI lookup).
     */
    public static final int AFTER_DEPLOYMENT = Interceptor.Priority.PLATFORM_AFTER + 100;

    @PersistenceUnit(unitName = "status")
    private EntityManagerFactory factory;

    void deploy(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) @Initialized(ApplicationScoped.class) Object started) {
        factory.createEntityManager().close();
    }
}
