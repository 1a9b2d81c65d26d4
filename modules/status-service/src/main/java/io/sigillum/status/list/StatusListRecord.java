package io.sigillum.status.list;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A row of {@code status_list}. */
@Entity
@Table(name = "status_list")
public class StatusListRecord {

    /** A list that still hands out entries. */
    public static final String OPEN = "open";
    /** A list at its fill limit. */
    public static final String FULL = "full";

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "uri", nullable = false, length = 2048)
    private String uri;

    @Column(name = "bits", nullable = false)
    private short bits;

    @Column(name = "size", nullable = false)
    private int size;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "changes", nullable = false)
    private long changes;

    @Column(name = "published_changes", nullable = false)
    private long publishedChanges = -1;

    @Column(name = "list_type", nullable = false, length = 32)
    private String listType;

    @Column(name = "state", nullable = false, length = 8)
    private String state;

    // OffsetDateTime, not Instant: EclipseLink 4.0 maps only the Jakarta Persistence 3.1 date types.
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected StatusListRecord() {
        // for JPA
    }

    /** A new, empty, open list. */
    public StatusListRecord(String id, String uri, ListType type, int size, Instant now) {
        this.id = id;
        this.uri = uri;
        this.bits = (short) type.bits();
        this.size = size;
        this.listType = type.value();
        this.state = OPEN;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    /** Where the list's token is served; its {@code sub} (draft §5.1). */
    public String uri() {
        return uri;
    }

    /** Bits per entry: 1, 2, 4 or 8 (draft §4.1). */
    public int bits() {
        return bits;
    }

    public int size() {
        return size;
    }

    public long version() {
        return version;
    }

    /** How many status changes the list has had; publication compares it with {@link #publishedChanges()}. */
    public long changes() {
        return changes;
    }

    /** The {@link #changes()} count its current token shows; -1 before the first token. */
    public long publishedChanges() {
        return publishedChanges;
    }

    public ListType listType() {
        return ListType.of(listType);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
