package io.sigillum.status.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/** A row of {@code status_entry}: an allocated index of a list, and its status. */
@Entity
@Table(name = "status_entry")
@IdClass(StatusEntryRecord.Key.class)
public class StatusEntryRecord {

    @Id
    @Column(name = "list_id", length = 64)
    private String listId;

    @Id
    @Column(name = "idx")
    private int idx;

    @Column(name = "status", nullable = false)
    private short status;

    @Column(name = "allocated_at", nullable = false)
    private OffsetDateTime allocatedAt;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected StatusEntryRecord() {
        // for JPA
    }

    /** A newly allocated entry: VALID. */
    public StatusEntryRecord(String listId, int idx, Instant now) {
        this.listId = listId;
        this.idx = idx;
        this.status = (short) StatusValue.VALID.code();
        this.allocatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public String listId() {
        return listId;
    }

    public int idx() {
        return idx;
    }

    public StatusValue status() {
        return StatusValue.ofCode(status);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt).map(OffsetDateTime::toInstant);
    }

    void change(StatusValue value, Instant now) {
        this.status = (short) value.code();
        this.changedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The composite key: list and index. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String listId;
        private int idx;

        public Key() {
            // for JPA
        }

        public Key(String listId, int idx) {
            this.listId = listId;
            this.idx = idx;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.idx == idx && key.listId.equals(listId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listId, idx);
        }
    }
}
