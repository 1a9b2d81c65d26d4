package io.sigillum.keymanagement.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A row of {@code key_audit}: who did what to which key, and when; never the data signed. */
@Entity
@Table(name = "key_audit")
public class KeyAuditRecord {

    @Id
    @SequenceGenerator(name = "key_audit_seq", sequenceName = "key_audit_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_audit_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "action", nullable = false, length = 32)
    private String action;

    @Column(name = "kid", length = 128)
    private String kid;

    @Column(name = "purpose", length = 40)
    private String purpose;

    @Column(name = "scope", length = 200)
    private String scope;

    @Column(name = "operations", nullable = false)
    private int operations;

    @Column(name = "detail", length = 500)
    private String detail;

    protected KeyAuditRecord() {
        // for JPA
    }

    KeyAuditRecord(Instant at, String actor, KeyAction action, String kid, String purpose, String scope,
                   int operations, String detail) {
        this.occurredAt = at.atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action.value();
        this.kid = kid;
        this.purpose = purpose;
        this.scope = scope;
        this.operations = operations;
        this.detail = detail;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String kid() {
        return kid;
    }

    public int operations() {
        return operations;
    }

    public String detail() {
        return detail;
    }
}
