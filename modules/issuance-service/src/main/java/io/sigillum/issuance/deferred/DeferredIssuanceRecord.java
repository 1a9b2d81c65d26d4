package io.sigillum.issuance.deferred;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A row of {@code deferred_issuance}: a credential request waiting for the authentic source. */
@Entity
@Table(name = "deferred_issuance")
public class DeferredIssuanceRecord {

    @Id
    @Column(name = "transaction_id", length = 64)
    private String transactionId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "offer_id", nullable = false, length = 64)
    private String offerId;

    @Column(name = "credential_configuration_id", nullable = false)
    private String configurationId;

    // TEXT: a character large object in H2, unbounded text in PostgreSQL.
    @Lob
    @Column(name = "holder_keys", nullable = false)
    private String holderKeys;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected DeferredIssuanceRecord() {
        // for JPA
    }

    DeferredIssuanceRecord(String transactionId, String tokenHash, String offerId, String configurationId,
                           String holderKeys, Instant createdAt, Instant expiresAt) {
        this.transactionId = transactionId;
        this.tokenHash = tokenHash;
        this.offerId = offerId;
        this.configurationId = configurationId;
        this.holderKeys = holderKeys;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    public String transactionId() {
        return transactionId;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String offerId() {
        return offerId;
    }

    public String configurationId() {
        return configurationId;
    }

    /** The proved holder keys, a JSON array of public JWKs, in request order. */
    public String holderKeys() {
        return holderKeys;
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
