package io.sigillum.keymanagement.key;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The row of one purpose and scope in {@code key_slot}. Lifecycle changes lock it first, so two
 * replicas rotating at once serialise instead of making two active keys.
 */
@Entity
@Table(name = "key_slot")
@IdClass(KeySlot.Id.class)
public class KeySlot {

    @jakarta.persistence.Id
    @Column(name = "purpose", length = 40)
    private String purpose;

    @jakarta.persistence.Id
    @Column(name = "scope", length = 200)
    private String scope;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected KeySlot() {
        // for JPA
    }

    KeySlot(KeyPurpose purpose, String scope, Instant now) {
        this.purpose = purpose.value();
        this.scope = scope;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The composite key: purpose and scope. */
    public static class Id implements Serializable {
        private static final long serialVersionUID = 1L;

        private String purpose;
        private String scope;

        public Id() {
            // for JPA
        }

        Id(KeyPurpose purpose, String scope) {
            this.purpose = purpose.value();
            this.scope = scope;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && id.purpose.equals(purpose) && id.scope.equals(scope);
        }

        @Override
        public int hashCode() {
            return 31 * purpose.hashCode() + scope.hashCode();
        }
    }
}
