package io.sigillum.verification.transaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A row of {@code presentation_transaction}. */
@Entity
@Table(name = "presentation_transaction")
public class PresentationTransactionRecord {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "request_id", nullable = false, unique = true, length = 64)
    private String requestId;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    // OffsetDateTime, not Instant: EclipseLink 4.0 maps only the Jakarta Persistence 3.1 date types.
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected PresentationTransactionRecord() {
        // for JPA
    }

    public String id() {
        return id;
    }

    /** The id in the wallet-facing {@code request_uri}; not the transaction id, which only the relying party holds. */
    public String requestId() {
        return requestId;
    }

    public String state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }

    /** Still waiting for the wallet at the given time. */
    public boolean pendingAt(Instant now) {
        return "pending".equals(state) && now.isBefore(expiresAt());
    }
}
