package io.sigillum.trustregistry.issuer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A row of {@code trusted_issuer}. */
@Entity
@Table(name = "trusted_issuer")
public class TrustedIssuerRecord {

    @Id
    @Column(name = "id", length = 512)
    private String id;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    // OffsetDateTime, not Instant: EclipseLink 4.0 maps only the Jakarta Persistence 3.1 date types.
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected TrustedIssuerRecord() {
        // for JPA
    }

    public String id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public String country() {
        return country;
    }

    public String state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
