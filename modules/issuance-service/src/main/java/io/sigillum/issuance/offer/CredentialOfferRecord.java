package io.sigillum.issuance.offer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A row of {@code credential_offer}, with its credential configurations. */
@Entity
@Table(name = "credential_offer")
public class CredentialOfferRecord {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credential_offer_configuration", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "credential_configuration_id", nullable = false)
    private Set<String> credentialConfigurationIds = new TreeSet<>();

    // OffsetDateTime, not Instant: EclipseLink 4.0 maps only the Jakarta Persistence 3.1 date types.
    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected CredentialOfferRecord() {
        // for JPA
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String state() {
        return state;
    }

    /** The offered configurations, in name order. */
    public List<String> credentialConfigurationIds() {
        return List.copyOf(new TreeSet<>(credentialConfigurationIds));
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
