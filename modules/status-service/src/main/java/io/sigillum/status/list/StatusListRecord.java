package io.sigillum.status.list;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code status_list}. */
@Entity
@Table(name = "status_list")
public class StatusListRecord {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "uri", nullable = false, length = 2048)
    private String uri;

    @Column(name = "bits", nullable = false)
    private short bits;

    @Column(name = "size", nullable = false)
    private int size;

    @Column(name = "version", nullable = false)
    private long version;

    protected StatusListRecord() {
        // for JPA
    }

    public String id() {
        return id;
    }

    /** Where the list's token is served; its {@code sub} (draft §5.1). */
    public String uri() {
        return uri;
    }

    /** Bits per entry: 1, 2, 4 or 8 (draft §4.1). */
    public int bits() {
        return bits;
    }

    public int size() {
        return size;
    }

    public long version() {
        return version;
    }
}
