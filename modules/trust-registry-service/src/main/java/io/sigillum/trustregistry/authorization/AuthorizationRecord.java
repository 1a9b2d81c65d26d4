package io.sigillum.trustregistry.authorization;

import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trustregistry.issuer.Windows;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A row of {@code issuer_authorization}: an issuer may issue one credential type, an SD-JWT VC
 * {@code vct} (format {@code sd-jwt-vc}) or an mdoc doctype (format {@code mdoc}), within a window.
 * A revoked authorization keeps its row.
 */
@Entity
@Table(name = "issuer_authorization")
public class AuthorizationRecord {

    static final String SD_JWT_VC = "sd-jwt-vc";
    static final String MDOC = "mdoc";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "issuer_id", nullable = false, length = 512)
    private String issuerId;

    @Column(name = "format", nullable = false, length = 16)
    private String format;

    @Column(name = "credential_type", nullable = false, length = 2048)
    private String credentialType;

    @Column(name = "not_before")
    private OffsetDateTime notBefore;

    @Column(name = "not_after")
    private OffsetDateTime notAfter;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    @Column(name = "granted_version", nullable = false)
    private long grantedVersion;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_version")
    private Long revokedVersion;

    protected AuthorizationRecord() {
        // for JPA
    }

    AuthorizationRecord(String id, String issuerId, Authorization authorization, long version, Instant at) {
        this.id = id;
        this.issuerId = issuerId;
        this.format = authorization.type().format() == CredentialType.Format.SD_JWT_VC ? SD_JWT_VC : MDOC;
        this.credentialType = authorization.type().identifier();
        this.notBefore = authorization.validity().notBefore().map(Windows::column).orElse(null);
        this.notAfter = authorization.validity().notAfter().map(Windows::column).orElse(null);
        this.grantedAt = Windows.column(at);
        this.grantedVersion = version;
    }

    public String id() {
        return id;
    }

    public String issuerId() {
        return issuerId;
    }

    public CredentialType type() {
        return SD_JWT_VC.equals(format) ? CredentialType.vct(credentialType) : CredentialType.doctype(credentialType);
    }

    public ValidityWindow validity() {
        return Windows.of(notBefore, notAfter);
    }

    public Instant grantedAt() {
        return grantedAt.toInstant();
    }

    public long grantedVersion() {
        return grantedVersion;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Long> revokedVersion() {
        return Optional.ofNullable(revokedVersion);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    void revoke(long version, Instant at) {
        this.revokedAt = Windows.column(at);
        this.revokedVersion = version;
    }

    /** The authorization as the trust model has it. */
    public Authorization toModel() {
        return new Authorization(type(), validity());
    }
}
