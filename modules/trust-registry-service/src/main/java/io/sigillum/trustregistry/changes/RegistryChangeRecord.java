package io.sigillum.trustregistry.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A row of {@code registry_change}, the append-only log: one per registry version. */
@Entity
@Table(name = "registry_change")
public class RegistryChangeRecord {

    @Id
    @Column(name = "version")
    private Long version;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 255)
    private String changedBy;

    @Column(name = "operation", nullable = false, length = 32)
    private String operation;

    // Null for a change across issuers (a trusted-list import): ChangedIssuerRecord names them.
    @Column(name = "issuer_id", length = 512)
    private String issuerId;

    @Column(name = "entity_id", length = 256)
    private String entityId;

    @Lob
    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "reason", nullable = false, length = 1024)
    private String reason;

    protected RegistryChangeRecord() {
        // for JPA
    }

    RegistryChangeRecord(long version, Instant changedAt, String changedBy, Operation operation, String issuerId,
                         String entityId, String summary, String reason) {
        this.version = version;
        this.changedAt = changedAt.atOffset(ZoneOffset.UTC);
        this.changedBy = changedBy;
        this.operation = operation.value();
        this.issuerId = issuerId;
        this.entityId = entityId;
        this.summary = summary;
        this.reason = reason;
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }

    public String changedBy() {
        return changedBy;
    }

    public String operation() {
        return operation;
    }

    public String issuerId() {
        return issuerId;
    }

    public Optional<String> entityId() {
        return Optional.ofNullable(entityId);
    }

    /** The summary, a JSON object. */
    public String summary() {
        return summary;
    }

    public String reason() {
        return reason;
    }
}
