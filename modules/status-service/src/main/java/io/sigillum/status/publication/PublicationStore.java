package io.sigillum.status.publication;

import io.sigillum.status.list.StatusListRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What publication reads and writes: which lists are due, a list's state, and the conditional
 * store of a new token. Each method is its own short transaction; signing happens between them,
 * holding no connection and no lock.
 */
@ApplicationScoped
public class PublicationStore {

    /** A list as publication needs it: its row, and its non-VALID entries (index, status code). */
    public record Snapshot(StatusListRecord list, List<int[]> marked) {
    }

    /** A stored token's list, the list's URI and the token's version, to tell a replica which tokens it lacks. */
    public record Stored(String listId, String uri, long version) {
    }

    @PersistenceContext(unitName = "status")
    private EntityManager entityManager;

    /** Lists whose entries changed since their token, that have none, or whose token expires before {@code renewBefore}. */
    @Transactional
    public Set<String> due(Instant renewBefore) {
        Set<String> due = new LinkedHashSet<>(entityManager.createQuery(
                "SELECT l.id FROM StatusListRecord l WHERE l.changes <> l.publishedChanges ORDER BY l.createdAt", String.class)
                .getResultList());
        due.addAll(entityManager.createQuery("SELECT t.listId FROM ListTokenRecord t WHERE t.token.expiresAt < :renewBefore",
                        String.class)
                .setParameter("renewBefore", renewBefore.atOffset(ZoneOffset.UTC)).getResultList());
        return due;
    }

    /**
     * The list's row, then its entries: read in that order, the entries show at least the changes
     * the row counts, so storing that count as published never skips a change.
     */
    @Transactional
    public Optional<Snapshot> snapshot(String listId) {
        List<StatusListRecord> rows = entityManager.createQuery("SELECT l FROM StatusListRecord l WHERE l.id = :id",
                StatusListRecord.class).setParameter("id", listId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> marked = entityManager.createQuery("SELECT e.idx, e.status FROM StatusEntryRecord e"
                        + " WHERE e.listId = :id AND e.status <> 0", Object[].class)
                .setParameter("id", listId).getResultList().stream()
                .map(row -> new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()}).toList();
        return Optional.of(new Snapshot(rows.get(0), marked));
    }

    /**
     * Stores a token as the list's next version, unless another replica stored one since the
     * snapshot was read (its version moved on); then this one is dropped.
     *
     * @return the new version, or empty when another replica was first
     */
    @Transactional
    public Optional<Long> store(StatusListRecord seen, SignedList signed) {
        int updated = entityManager.createQuery("UPDATE StatusListRecord l SET l.version = l.version + 1,"
                        + " l.publishedChanges = :changes WHERE l.id = :id AND l.version = :version")
                .setParameter("changes", seen.changes()).setParameter("id", seen.id())
                .setParameter("version", seen.version()).executeUpdate();
        if (updated == 0) {
            return Optional.empty();
        }
        long version = seen.version() + 1;
        entityManager.persist(new HistoricTokenRecord(seen.id(), version, signed));
        ListTokenRecord token = entityManager.find(ListTokenRecord.class, seen.id());
        if (token == null) {
            token = new ListTokenRecord(seen.id());
            token.replace(version, signed);
            entityManager.persist(token);
        } else {
            token.replace(version, signed);
        }
        return Optional.of(version);
    }

    /** The version of every stored token. */
    @Transactional
    public List<Stored> stored() {
        return entityManager.createQuery("SELECT t.listId, l.uri, t.version FROM ListTokenRecord t, StatusListRecord l"
                        + " WHERE l.id = t.listId", Object[].class)
                .getResultList().stream()
                .map(row -> new Stored((String) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    /**
     * The token that was the list's current one at {@code time}: the last one issued by then.
     * Whether it was still valid then (not expired) is for the caller to check.
     */
    @Transactional
    public Optional<HistoricTokenRecord> issuedBy(String listId, Instant time) {
        return entityManager.createQuery("SELECT h FROM HistoricTokenRecord h WHERE h.listId = :id"
                        + " AND h.token.issuedAt <= :time ORDER BY h.token.issuedAt DESC, h.version DESC",
                        HistoricTokenRecord.class)
                .setParameter("id", listId).setParameter("time", time.atOffset(ZoneOffset.UTC))
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Forgets the tokens that expired before {@code cutoff}; the current ones stay whatever their age. */
    @Transactional
    public int forgetExpiredBefore(Instant cutoff) {
        return entityManager.createQuery("DELETE FROM HistoricTokenRecord h WHERE h.token.expiresAt < :cutoff")
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** One stored token. */
    @Transactional
    public Optional<ListTokenRecord> token(String listId) {
        return Optional.ofNullable(entityManager.find(ListTokenRecord.class, listId));
    }
}
