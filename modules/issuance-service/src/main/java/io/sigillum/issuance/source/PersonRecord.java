package io.sigillum.issuance.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A row of {@code person}: one person's attributes as a JSON object. */
@Entity
@Table(name = "person")
public class PersonRecord {

    @Id
    @Column(name = "subject", length = 255)
    private String subject;

    // TEXT: a character large object in H2, unbounded text in PostgreSQL.
    @Lob
    @Column(name = "attributes", nullable = false)
    private String attributes;

    @Column(name = "pending", nullable = false)
    private boolean pending;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected PersonRecord() {
        // for JPA
    }

    PersonRecord(String subject) {
        this.subject = subject;
    }

    void update(String attributesJson, boolean isPending, OffsetDateTime at) {
        this.attributes = attributesJson;
        this.pending = isPending;
        this.updatedAt = at;
    }

    public String subject() {
        return subject;
    }

    public String attributes() {
        return attributes;
    }

    public boolean pending() {
        return pending;
    }
}
