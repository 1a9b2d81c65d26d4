package io.sigillum.status.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code status_list_type}: locked while a replica opens a new list of the type. */
@Entity
@Table(name = "status_list_type")
public class ListTypeRow {

    @Id
    @Column(name = "list_type", length = 32)
    private String listType;

    protected ListTypeRow() {
        // for JPA
    }
}
