package io.sigillum.keymanagement.key;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A row of {@code managed_key}: a key's metadata and its public JWK, never private material. */
@Entity
@Table(name = "managed_key")
public class ManagedKeyRecord {

    @Id
    @Column(name = "kid", length = 128)
    private String kid;

    @Column(name = "purpose", nullable = false, length = 40)
    private String purpose;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    @Column(name = "algorithm", nullable = false, length = 16)
    private String algorithm;

    @Column(name = "public_jwk", nullable = false, length = 4000)
    private String publicJwk;

    // OffsetDateTime, not Instant: EclipseLink 4.0 maps only the Jakarta Persistence 3.1 date types.
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ManagedKeyRecord() {
        // for JPA
    }

    public String kid() {
        return kid;
    }

    public String purpose() {
        return purpose;
    }

    public String state() {
        return state;
    }

    public String algorithm() {
        return algorithm;
    }

    /** The public key as a JWK (RFC 7517 §4) in JSON. */
    public String publicJwk() {
        return publicJwk;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
