package io.sigillum.trustregistry.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code registry_touched_issuer}: an issuer a change across issuers touched. */
@Entity
@Table(name = "registry_touched_issuer")
@IdClass(ChangedIssuerRecord.Key.class)
public class ChangedIssuerRecord {

    @Id
    @Column(name = "version")
    private Long version;

    @Id
    @Column(name = "issuer_id", length = 512)
    private String issuerId;

    protected ChangedIssuerRecord() {
        // for JPA
    }

    ChangedIssuerRecord(long version, String issuerId) {
        this.version = version;
        this.issuerId = issuerId;
    }

    public long version() {
        return version;
    }

    public String issuerId() {
        return issuerId;
    }

    /** The row's key, as JPA's {@code @IdClass} wants it. */
    public static class Key implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private Long version;
        private String issuerId;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(version, that.version) && Objects.equals(issuerId, that.issuerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(version, issuerId);
        }
    }
}
