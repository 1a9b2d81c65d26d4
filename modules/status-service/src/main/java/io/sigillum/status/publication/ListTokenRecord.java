package io.sigillum.status.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code status_list_token}: the current signed token of one list, in both forms. */
@Entity
@Table(name = "status_list_token")
public class ListTokenRecord {

    @Id
    @Column(name = "list_id", length = 64)
    private String listId;

    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    private TokenColumns token;

    protected ListTokenRecord() {
        // for JPA
    }

    ListTokenRecord(String listId) {
        this.listId = listId;
    }

    void replace(long version, SignedList signed) {
        this.version = version;
        this.token = new TokenColumns(signed);
    }

    public String listId() {
        return listId;
    }

    public long version() {
        return version;
    }

    /** The token as stored. */
    public SignedList signed() {
        return token.signed();
    }

    public Instant expiresAt() {
        return token.expiresAt();
    }
}
