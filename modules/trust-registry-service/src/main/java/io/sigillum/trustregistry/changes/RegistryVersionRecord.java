package io.sigillum.trustregistry.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The single row of {@code registry_version}: the registry's version and when it was made. */
@Entity
@Table(name = "registry_version")
public class RegistryVersionRecord {

    /** The row's fixed key. */
    static final int ID = 1;

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected RegistryVersionRecord() {
        // for JPA
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }

    void moveTo(long next, Instant at) {
        if (next != version + 1) {
            throw new IllegalStateException("versions are gapless: " + version + " cannot become " + next);
        }
        this.version = next;
        this.changedAt = at.atOffset(ZoneOffset.UTC);
    }
}
