package io.sigillum.status.entry;

import io.sigillum.status.list.ListType;
import io.sigillum.status.list.StatusListRecord;
import io.sigillum.status.list.StatusLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads entries and changes their status, by the draft's rules: INVALID is final, SUSPENDED only
 * on lists that record it, and a change to the status an entry has is a no-op.
 */
@ApplicationScoped
public class StatusChanges {

    private final StatusLists lists;
    private final Event<ListChanged> changed;

    @PersistenceContext(unitName = "status")
    private EntityManager entityManager;

    @Inject
    StatusChanges(StatusLists lists, Event<ListChanged> changed) {
        this.lists = lists;
        this.changed = changed;
    }

    /** The entry; 404 problems for an unknown list or an entry never allocated. */
    public StatusEntryRecord entry(String listId, int idx) {
        StatusListRecord list = lists.find(listId).orElseThrow(StatusProblems::unknownList);
        return Optional.ofNullable(entityManager.find(StatusEntryRecord.class, new StatusEntryRecord.Key(list.id(), idx)))
                .orElseThrow(() -> StatusProblems.notAllocated(idx));
    }

    /**
     * Sets an entry's status; 409 for a change the draft or the list type forbids, 404 for an
     * entry never allocated. Refusals come before any write, so they leave a caller's transaction
     * usable (a command consumer records them as outcomes in it).
     */
    @Transactional(dontRollbackOn = WebApplicationException.class)
    public StatusEntryRecord change(String listId, int idx, StatusValue to) {
        StatusListRecord list = lists.find(listId).orElseThrow(StatusProblems::unknownList);
        StatusEntryRecord entry = Optional.ofNullable(entityManager.find(StatusEntryRecord.class,
                        new StatusEntryRecord.Key(list.id(), idx), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> StatusProblems.notAllocated(idx));
        StatusValue from = entry.status();
        if (from == to) {
            return entry;
        }
        check(list.listType(), from, to);
        entry.change(to, Instant.now());
        // Counted on the list's row, in this transaction: publication compares it with what its token shows.
        entityManager.createQuery("UPDATE StatusListRecord l SET l.changes = l.changes + 1 WHERE l.id = :id")
                .setParameter("id", list.id()).executeUpdate();
        changed.fire(new ListChanged(list.id()));
        return entry;
    }

    static void check(ListType type, StatusValue from, StatusValue to) {
        if (from == StatusValue.INVALID) {
            throw StatusProblems.forbiddenChange("The entry is INVALID, which is final; it cannot become " + to + ".");
        }
        if (to == StatusValue.SUSPENDED && !type.suspension()) {
            throw StatusProblems.forbiddenChange("A " + type.value() + " list has no SUSPENDED status; use a"
                    + " revocation-suspension list for credentials that may be suspended.");
        }
    }
}
