package io.sigillum.trustregistry.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.events.OutboxAppender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * The frame of every change: {@link #begin()} locks the version row, so changes run one at a time
 * and each sees the state the previous one left; the use case checks and writes; then
 * {@link #commit} moves the version by one, logs the change and appends its {@code trust.changed}
 * event. Both run inside the use case's transaction: a refusal between them rolls everything back,
 * and the version does not move.
 */
@ApplicationScoped
public class RegistryChanges {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutboxAppender outbox = new OutboxAppender();

    @PersistenceContext(unitName = "trust-registry")
    private EntityManager entityManager;

    /**
     * A change under way: the version it will make and its time.
     *
     * @param version the next version
     * @param at      when the change happens (microseconds, as the database keeps them)
     */
    public record Change(long version, Instant at) {
    }

    /** Locks the registry's version row until the transaction ends and opens the next version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change begin() {
        RegistryVersionRecord row = versionRow(LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // A version never dates from before the previous one, whatever the replicas' clocks say.
        return new Change(row.version() + 1, now.isBefore(row.changedAt()) ? row.changedAt() : now);
    }

    /**
     * Makes the change's version current, logs it and appends its event.
     *
     * @param summary what the change left, as a JSON object of strings, numbers and nested objects
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(Change change, String actor, Operation operation, String issuerId, String entityId,
                       Map<String, Object> summary, String reason) {
        versionRow(LockModeType.NONE).moveTo(change.version(), change.at());
        entityManager.persist(new RegistryChangeRecord(change.version(), change.at(), actor, operation, issuerId,
                entityId, json(summary), reason));
        outbox.append(entityManager, TrustChangedEvents.TOPIC, TrustChangedEvents.of(change.version()));
    }

    /**
     * As {@link #commit}, for a change that may touch many issuers (a trusted-list import): its log
     * entry names no issuer itself, and each issuer touched is recorded beside it, so that issuer's
     * history still finds the change.
     *
     * @param touched the issuers the change touched, each once
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commitAcrossIssuers(Change change, String actor, Operation operation, String entityId,
                                    Collection<String> touched, Map<String, Object> summary, String reason) {
        versionRow(LockModeType.NONE).moveTo(change.version(), change.at());
        entityManager.persist(new RegistryChangeRecord(change.version(), change.at(), actor, operation, null,
                entityId, json(summary), reason));
        for (String issuer : new LinkedHashSet<>(touched)) {
            entityManager.persist(new ChangedIssuerRecord(change.version(), issuer));
        }
        outbox.append(entityManager, TrustChangedEvents.TOPIC, TrustChangedEvents.of(change.version()));
    }

    private RegistryVersionRecord versionRow(LockModeType lock) {
        RegistryVersionRecord row = entityManager.find(RegistryVersionRecord.class, RegistryVersionRecord.ID, lock);
        if (row == null) {
            throw new IllegalStateException("registry_version has no row: the trust-registry schema is not migrated");
        }
        return row;
    }

    private static String json(Map<String, Object> summary) {
        try {
            return JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change summary is not JSON", e);
        }
    }
}
