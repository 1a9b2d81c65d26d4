package io.sigillum.issuance.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A row of {@code access_token}: a token's digest, its offer and the DPoP key it is bound to. */
@Entity
@Table(name = "access_token")
public class AccessTokenRecord {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "offer_id", nullable = false, length = 64)
    private String offerId;

    @Column(name = "dpop_jkt", nullable = false, length = 64)
    private String dpopJkt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected AccessTokenRecord() {
        // for JPA
    }

    AccessTokenRecord(String tokenHash, String offerId, String dpopJkt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.offerId = offerId;
        this.dpopJkt = dpopJkt;
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String offerId() {
        return offerId;
    }

    /** The JWK SHA-256 thumbprint of the DPoP key ({@code cnf.jkt}, RFC 9449 §6). */
    public String dpopJkt() {
        return dpopJkt;
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
