package io.sigillum.trustregistry.issuer;

import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.ValidityWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/** A row of {@code trusted_issuer}. Never deleted: a withdrawn issuer stays, as withdrawn. */
@Entity
@Table(name = "trusted_issuer")
public class TrustedIssuerRecord {

    @Id
    @Column(name = "id", length = 512)
    private String id;

    @Column(name = "legal_name", nullable = false, length = 1024)
    private String legalName;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    // OffsetDateTime, not Instant: EclipseLink 4.0 maps only the Jakarta Persistence 3.1 date types.
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "not_before")
    private OffsetDateTime notBefore;

    @Column(name = "not_after")
    private OffsetDateTime notAfter;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "list_territory", length = 8)
    private String listTerritory;

    protected TrustedIssuerRecord() {
        // for JPA
    }

    TrustedIssuerRecord(String id, String legalName, String country, ValidityWindow validity, long version, Instant at) {
        this.id = id;
        this.legalName = legalName;
        this.country = country;
        this.state = "active";
        this.createdAt = Windows.column(at);
        this.notBefore = validity.notBefore().map(Windows::column).orElse(null);
        this.notAfter = validity.notAfter().map(Windows::column).orElse(null);
        this.version = version;
        this.updatedAt = createdAt;
    }

    /** An issuer taken from a territory's trusted list. */
    TrustedIssuerRecord(String id, String legalName, String country, String listTerritory, long version, Instant at) {
        this(id, legalName, country, ValidityWindow.UNBOUNDED, version, at);
        this.listTerritory = listTerritory;
    }

    public String id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public String country() {
        return country;
    }

    /** {@code active}, {@code suspended} or {@code withdrawn}. */
    public String state() {
        return state;
    }

    /** The state as the trust model has it. */
    public IssuerState issuerState() {
        return IssuerState.valueOf(state.toUpperCase(Locale.ROOT));
    }

    public boolean withdrawn() {
        return "withdrawn".equals(state);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public ValidityWindow validity() {
        return Windows.of(notBefore, notAfter);
    }

    /** The territory whose trusted list the issuer came from; empty for an issuer an administrator registered. */
    public Optional<String> listTerritory() {
        return Optional.ofNullable(listTerritory);
    }

    /** The registry version of the issuer's last change (0 for an issuer from before versions). */
    public long version() {
        return version;
    }

    void update(String legalName, String country, ValidityWindow validity) {
        this.legalName = legalName;
        this.country = country;
        this.notBefore = validity.notBefore().map(Windows::column).orElse(null);
        this.notAfter = validity.notAfter().map(Windows::column).orElse(null);
    }

    void state(IssuerState state) {
        this.state = state.name().toLowerCase(Locale.ROOT);
    }

    /** Marks the issuer as changed by the version; anchor and authorization changes call this too. */
    public void changedAt(long version, Instant at) {
        this.version = version;
        this.updatedAt = Windows.column(at);
    }
}
