package io.sigillum.issuance.offer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    // OffsetDateTime, not Instant: EclipseLink 4.0 maps only the Jakarta Persistence 3.1 date types.
    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "pre_authorized_code_hash", length = 64)
    private String preAuthorizedCodeHash;

    @Column(name = "tx_code_hash", length = 64)
    private String txCodeHash;

    @Column(name = "tx_code_failures", nullable = false)
    private int txCodeFailures;

    @Column(name = "by_reference", nullable = false)
    private boolean byReference;

    // TEXT: a character large object in H2, unbounded text in PostgreSQL.
    @Lob
    @Column(name = "offer_json")
    private String offerJson;

    protected CredentialOfferRecord() {
        // for JPA
    }

    CredentialOfferRecord(String id, String subject, Set<String> configurationIds, Instant createdAt, Instant expiresAt,
                          String preAuthorizedCodeHash, String txCodeHash, boolean byReference) {
        this.id = id;
        this.subject = subject;
        this.state = OFFERED;
        this.credentialConfigurationIds = new TreeSet<>(configurationIds);
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
        this.preAuthorizedCodeHash = preAuthorizedCodeHash;
        this.txCodeHash = txCodeHash;
        this.byReference = byReference;
    }

    /** Offered, its code not yet redeemed. */
    public static final String OFFERED = "offered";
    /** Its code was exchanged for an access token. */
    public static final String REDEEMED = "redeemed";
    /** Its code died: past its expiry, or too many wrong transaction codes. */
    public static final String EXPIRED = "expired";

    /** The Transaction Code's digest, if the offer asked for one. */
    public java.util.Optional<String> txCodeHash() {
        return java.util.Optional.ofNullable(txCodeHash);
    }

    /** How many wrong Transaction Codes were tried. */
    public int txCodeFailures() {
        return txCodeFailures;
    }

    /** Whether the offer is passed by reference. */
    public boolean byReference() {
        return byReference;
    }

    /** The Credential Offer served by reference, while the code is alive. */
    public java.util.Optional<String> offerJson() {
        return java.util.Optional.ofNullable(offerJson);
    }

    void offerJson(String json) {
        this.offerJson = json;
    }

    /** Counts a wrong Transaction Code; at the limit the code dies. */
    public void txCodeFailed(int maxFailures) {
        txCodeFailures++;
        if (txCodeFailures >= maxFailures) {
            end(EXPIRED);
        }
    }

    /** The code was exchanged (or died): it can never be used again. */
    public void end(String endState) {
        this.state = endState;
        this.preAuthorizedCodeHash = null;
        this.offerJson = null;
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
