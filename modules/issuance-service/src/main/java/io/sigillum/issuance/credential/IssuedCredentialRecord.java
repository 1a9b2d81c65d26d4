package io.sigillum.issuance.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A row of {@code issued_credential}: who got which kind of credential, where its status is. */
@Entity
@Table(name = "issued_credential")
public class IssuedCredentialRecord {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "offer_id", nullable = false, length = 64)
    private String offerId;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "credential_configuration_id", nullable = false)
    private String configurationId;

    @Column(name = "holder_jkt", nullable = false, length = 64)
    private String holderJkt;

    @Column(name = "status_list_id", nullable = false, length = 64)
    private String statusListId;

    @Column(name = "status_list_uri", nullable = false, length = 2048)
    private String statusListUri;

    @Column(name = "status_idx", nullable = false)
    private int statusIdx;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "notification_id", nullable = false, length = 64)
    private String notificationId;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected IssuedCredentialRecord() {
        // for JPA
    }

    IssuedCredentialRecord(String id, String offerId, String subject, String configurationId, String holderJkt,
                           io.sigillum.issuance.status.StatusEntry entry, String notificationId, Instant issuedAt,
                           Instant expiresAt) {
        this.id = id;
        this.offerId = offerId;
        this.subject = subject;
        this.configurationId = configurationId;
        this.holderJkt = holderJkt;
        this.statusListId = entry.listId();
        this.statusListUri = entry.uri().toString();
        this.statusIdx = entry.idx();
        this.status = "valid";
        this.notificationId = notificationId;
        this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String configurationId() {
        return configurationId;
    }

    public String statusListId() {
        return statusListId;
    }

    public String statusListUri() {
        return statusListUri;
    }

    public int statusIdx() {
        return statusIdx;
    }

    /** {@code valid}, {@code invalid} or {@code suspended}, as last requested of the status service. */
    public String status() {
        return status;
    }

    public void status(String newStatus) {
        this.status = newStatus;
    }

    public Instant issuedAt() {
        return issuedAt.toInstant();
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
