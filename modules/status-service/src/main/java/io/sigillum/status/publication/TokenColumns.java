package io.sigillum.status.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/** A signed token as its tables hold it: both forms and its validity (the current and the historic tables). */
@Embeddable
public class TokenColumns {

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

    protected TokenColumns() {
        // for JPA
    }

    TokenColumns(SignedList signed) {
        this.jwt = signed.jwt();
        this.cwt = Base64.getEncoder().encodeToString(signed.cwt());
        this.issuedAt = signed.issuedAt().atOffset(ZoneOffset.UTC);
        this.expiresAt = signed.expiresAt().atOffset(ZoneOffset.UTC);
    }

    SignedList signed() {
        return new SignedList(jwt, Base64.getDecoder().decode(cwt), issuedAt.toInstant(), expiresAt.toInstant());
    }

    Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
