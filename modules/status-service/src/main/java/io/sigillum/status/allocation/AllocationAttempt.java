package io.sigillum.status.allocation;

import io.sigillum.status.entry.StatusEntryRecord;
import io.sigillum.status.list.ListType;
import io.sigillum.status.list.StatusListRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The steps of allocating an entry, each in a short transaction of its own: find the open list
 * of a type (opening one under the type's lock if need be), put the entry at a random free index,
 * and now and then count the list's entries to close it at its fill limit. No step writes the
 * list's row per allocation: a counter there was a lock every allocation of every replica queued
 * on (measured: eight concurrent allocations timed out waiting for it).
 */
@ApplicationScoped
public class AllocationAttempt {

    /** Random picks per try; at the fill limit of 0.9 each finds a free index with probability ≥ 0.1. */
    private static final int PICKS = 64;

    private final ListSettings settings;
    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "status")
    private EntityManager entityManager;

    @Inject
    AllocationAttempt(ListSettings settings) {
        this.settings = settings;
    }

    /**
     * One allocation, in one transaction: the open list of the type (opened now, under the type's
     * lock, if there is none), a random free index in it, and, when due, the count that closes it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Allocated allocate(ListType type, boolean checkFill) {
        StatusListRecord list = openList(type);
        Allocated allocated = place(new Reserved(list.id(), list.uri(), list.size()));
        if (checkFill) {
            closeIfFull(list.id());
        }
        return allocated;
    }

    /**
     * Counts a list's entries and marks it full at its capacity. Run now and then, not per
     * allocation: a few entries past the fill limit cost nothing (the size is the hard bound),
     * while a counter every allocation updates would be a row all replicas queue on.
     *
     * @return the number of entries
     */
    long closeIfFull(String listId) {
        long entries = entityManager.createQuery("SELECT COUNT(e) FROM StatusEntryRecord e WHERE e.listId = :id", Long.class)
                .setParameter("id", listId).getSingleResult();
        if (entries >= settings.capacity()) {
            entityManager.createQuery("UPDATE StatusListRecord l SET l.state = :full WHERE l.id = :id")
                    .setParameter("full", StatusListRecord.FULL).setParameter("id", listId).executeUpdate();
        }
        return entries;
    }

    /**
     * Puts the entry at a random index no entry holds. Two replicas that pick the same index at
     * once collide on the primary key; the loser's transaction fails and the caller tries again.
     */
    Allocated place(Reserved list) {
        for (int pick = 0; pick < PICKS; pick++) {
            int idx = random.nextInt(list.size());
            if (entityManager.find(StatusEntryRecord.class, new StatusEntryRecord.Key(list.id(), idx)) == null) {
                StatusEntryRecord entry = new StatusEntryRecord(list.id(), idx, Instant.now());
                entityManager.persist(entry);
                entityManager.flush();
                return new Allocated(entry, list.uri());
            }
        }
        throw new IllegalStateException("no free index in " + PICKS + " random picks of list " + list.id());
    }

    /** A list an entry has been counted against. */
    public record Reserved(String id, String uri, int size) {
    }

    /** An entry and the URI of its list. */
    public record Allocated(StatusEntryRecord entry, String uri) {
    }

    private StatusListRecord openList(ListType type) {
        Optional<StatusListRecord> open = oldestOpen(type);
        if (open.isPresent()) {
            return open.get();
        }
        // Lock the type's row, then look again: another replica may have opened one meanwhile.
        entityManager.find(ListTypeRow.class, type.value(), LockModeType.PESSIMISTIC_WRITE);
        return oldestOpen(type).orElseGet(() -> {
            String id = newListId();
            StatusListRecord list = new StatusListRecord(id, settings.uriOf(id), type, settings.size(), Instant.now());
            entityManager.persist(list);
            entityManager.flush();
            return list;
        });
    }

    private Optional<StatusListRecord> oldestOpen(ListType type) {
        return entityManager.createQuery("SELECT l FROM StatusListRecord l WHERE l.listType = :type AND l.state = :open"
                        + " ORDER BY l.createdAt, l.id", StatusListRecord.class)
                .setParameter("type", type.value()).setParameter("open", StatusListRecord.OPEN)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** 128 random bits, base64url: list ids say nothing of when or in which order lists were made. */
    private String newListId() {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
