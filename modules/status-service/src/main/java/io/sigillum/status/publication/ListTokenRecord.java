package io.sigillum.status.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/** A row of {@code status_list_token}: the current signed token of one list, in both forms. */
@Entity
@Table(name = "status_list_token")
public class ListTokenRecord {

    @Id
    @Column(name = "list_id", length = 64)
    private String listId;

    @Column(name = "version", nullable = false)
    private long version;

    @Lob
    @Column(name = "jwt", nullable = false)
    private String jwt;

    // Base64: one text type reads the same in H2 and PostgreSQL.
    @Lob
    @Column(name = "cwt", nullable = false)
    private String cwt;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected ListTokenRecord() {
        // for JPA
    }

    ListTokenRecord(String listId) {
        this.listId = listId;
    }

    void replace(long version, SignedList signed) {
        this.version = version;
        this.jwt = signed.jwt();
        this.cwt = Base64.getEncoder().encodeToString(signed.cwt());
        this.issuedAt = signed.issuedAt().atOffset(ZoneOffset.UTC);
        this.expiresAt = signed.expiresAt().atOffset(ZoneOffset.UTC);
    }

    public String listId() {
        return listId;
    }

    public long version() {
        return version;
    }

    /** The token as stored. */
    public SignedList signed() {
        return new SignedList(jwt, Base64.getDecoder().decode(cwt), issuedAt.toInstant(), expiresAt.toInstant());
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
