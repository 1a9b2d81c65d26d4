package io.sigillum.status.command;

import io.sigillum.status.entry.StatusChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * Applies a status command once: the event id is recorded in the change's own transaction, so a
 * redelivered event changes nothing. A change the draft forbids, or one of an entry never
 * allocated, is an outcome, not a failure: redelivering it could never succeed.
 */
@ApplicationScoped
public class CommandHandler {

    private final StatusChanges changes;

    @PersistenceContext(unitName = "status")
    private EntityManager entityManager;

    @Inject
    CommandHandler(StatusChanges changes) {
        this.changes = changes;
    }

    /** @return what came of it; a concurrent duplicate fails on the primary key and is redelivered as a duplicate */
    @Transactional
    public CommandOutcome handle(StatusCommand command) {
        if (entityManager.find(ProcessedCommandRecord.class, command.eventId()) != null) {
            return CommandOutcome.DUPLICATE;
        }
        CommandOutcome outcome;
        try {
            changes.change(command.listId(), command.idx(), command.status());
            outcome = CommandOutcome.APPLIED;
        } catch (WebApplicationException refused) {
            outcome = refused.getResponse().getStatus() == Response.Status.CONFLICT.getStatusCode()
                    ? CommandOutcome.REFUSED : CommandOutcome.UNKNOWN_ENTRY;
        }
        entityManager.persist(new ProcessedCommandRecord(command.eventId(), outcome, Instant.now()));
        entityManager.flush();
        return outcome;
    }
}
