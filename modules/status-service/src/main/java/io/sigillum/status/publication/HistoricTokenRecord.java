package io.sigillum.status.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code status_list_token_history}: every token a list had, kept for historical
 * resolution (draft §8.4) until {@code sigillum.status.history-retention} after its expiry.
 */
@Entity
@Table(name = "status_list_token_history")
@IdClass(HistoricTokenRecord.Key.class)
public class HistoricTokenRecord {

    @Id
    @Column(name = "list_id", length = 64)
    private String listId;

    @Id
    @Column(name = "version")
    private long version;

    @Embedded
    private TokenColumns token;

    protected HistoricTokenRecord() {
        // for JPA
    }

    HistoricTokenRecord(String listId, long version, SignedList signed) {
        this.listId = listId;
        this.version = version;
        this.token = new TokenColumns(signed);
    }

    public String listId() {
        return listId;
    }

    public long version() {
        return version;
    }

    public SignedList signed() {
        return token.signed();
    }

    /** The composite key: list and version. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String listId;
        private long version;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.version == version && Objects.equals(key.listId, listId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listId, version);
        }
    }
}
